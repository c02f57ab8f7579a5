import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * The third held-out set: written after the second round of fixes and run once (overall
 * precision 0.89, recall 0.61 on that run; weakest were excuse-explanation P 0.50 R 0.20,
 * feelings-shift R 0.40, blame-shift R 0.43 and minimiser P 0.57). It was then folded into
 * development, as its author recommended, and its misses guided a third round of fixes (clause
 * subjects, lexical cue sets); the fourth set followed (fourthHeldOutSentences.ts).
 */
export const thirdHeldOutSentences: readonly LabelledSentence[] = [
  s("I'm sorry if I crossed a line with your sister.", 'conditional'),
  s('If my words stung, I apologise.', 'conditional'),
  s("Apologies if I've been hard to live with.", 'conditional'),
  s('I regret any upset, if there was any.', 'conditional', 'vague'),
  s("If it came out wrong, I'm sorry.", 'conditional'),
  s("I'm sorry, if I was in the wrong.", 'conditional'),

  s("I'm sorry you feel let down.", 'feelings-shift'),
  s('Sorry that it upset you so much.', 'feelings-shift'),
  s('I apologise that you ended up feeling so alone.', 'feelings-shift'),
  s("I'm sorry you've taken this so hard.", 'feelings-shift'),
  s("I'm sorry my honesty was hard for you to hear.", 'feelings-shift'),

  s("I'm sorry I forgot, but you never reminded me.", 'sorry-but', 'blame-shift'),
  s('I apologise for the row, but you can be very difficult.', 'sorry-but', 'blame-shift'),
  s("Sorry about Friday, but I did tell you I'd be out.", 'sorry-but', 'vague'),
  s("I'm sorry that I lied; still, I had good reasons.", 'sorry-but'),
  s('I am sorry for the lie, but it was to protect you.', 'sorry-but'),

  s('Money was taken from our joint account.', 'passive-voice'),
  s('Your trust has been abused.', 'passive-voice'),
  s('Boundaries got crossed at the work party.', 'passive-voice'),
  s('Unkind things were said about your family.', 'passive-voice'),
  s('Your calls went unanswered for a whole weekend.', 'passive-voice'),

  s('Sorry for being the way I am.', 'vague'),
  s("I'm sorry for the whole thing with Dan.", 'vague'),
  s('I regret how things went.', 'vague'),
  s('I apologise for everything I put you through.', 'vague'),
  s('Sorry about earlier.', 'vague'),

  s('It was only a couple of texts.', 'minimiser'),
  s("I had one drink too many, that's all.", 'minimiser'),
  s('I only borrowed the money, I was always going to pay it back.', 'minimiser'),
  s("It didn't mean anything, I promise.", 'minimiser'),
  s('I was slightly late picking up the kids.', 'minimiser'),
  s("It's really not as bad as it looks.", 'minimiser'),

  s('You make it so hard to be honest with you.', 'blame-shift'),
  s("If you hadn't read my messages, we'd still be fine.", 'blame-shift'),
  s("We're both at fault here.", 'blame-shift'),
  s('Your constant questions made me defensive.', 'blame-shift'),
  s("It's not all on me, you know.", 'blame-shift'),

  s('You should have forgiven me by now.', 'demanding'),
  s('I need you to drop this.', 'demanding'),
  s("Let's move on and not talk about it again.", 'demanding'),
  s('You have to let me make it up to you.', 'demanding'),
  s('Enough time has passed for us to get back to normal.', 'demanding'),

  s("Work has been brutal, my dad's been ill, and I haven't been sleeping.", 'excuse-explanation'),
  s("I didn't have any other option at the time.", 'excuse-explanation'),
  s(
    "I lied because I panicked, because I was ashamed and because I didn't want to lose you.",
    'excuse-explanation',
  ),
  s('Anybody would have reacted the same way.', 'excuse-explanation'),
  s('I was under enormous stress and barely coping, so I hid the letters.', 'excuse-explanation'),

  s("I feel like you're punishing me.", 'evaluation-as-feeling'),
  s('I feel controlled when you ask where I am.', 'evaluation-as-feeling'),
  s("I felt that you didn't want me there.", 'evaluation-as-feeling'),
  s('I feel judged every time we talk about money.', 'evaluation-as-feeling'),
  s('I felt humiliated by you in front of them.', 'evaluation-as-feeling'),

  s('If you want to read my messages, you can.'),
  s("I'm sorry I hid the letters from the bank."),
  s("I'm sorry; I know that doesn't fix anything, but I mean it."),
  s("I'm sorry, but I understand that's not enough."),
  s('The argument was started by me, not you.'),
  s('The kids were asleep when I came home.'),
  s('I just called the counsellor to book us in.'),
  s("I'm not just sorry, I'm determined to change."),
  s('We both agreed to stay off our phones at dinner, and I broke that.'),
  s('You made it clear what you need, and I will do it.'),
  s("Take as long as you need; I'm not going anywhere."),
  s("I don't need you to forgive me to keep trying."),
  s('I felt ashamed and scared, so I hid it, and that was wrong.'),
  s('I feel heartbroken about what I did to us.'),
  s('I feel like I owe you a proper explanation.'),
  s("Whatever you need from me, I'll do it."),
  s("I'm sorry for everything I said on Tuesday about your weight."),
  s("It was a big deal, and I acted like it wasn't."),
  s('I only told you half the truth, and you deserved all of it.'),
  s("Since I stopped drinking, I've been able to think clearly."),
  s('You were right, and I was wrong.'),
  s('I know you feel let down, and you have every reason to.'),
  s('I will tell your mum the truth myself, if you want me to.'),
  s("I am sorry that I broke your trust, and I'm ready to rebuild it."),
  s("There's no excuse for how I spoke to you."),
  s("I hope, in time, you'll be able to trust me again."),
]
