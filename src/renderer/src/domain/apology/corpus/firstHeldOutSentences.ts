import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * The first held-out set: written after the first version of the checker and run once
 * (overall precision 0.85, recall 0.60 on that run). Its misses then guided a round of
 * general fixes, so it is now development data; heldOutSentences.ts replaced it as the
 * untouched test.
 */
export const firstHeldOutSentences: readonly LabelledSentence[] = [
  s('Forgive me if I came on too strong last week.', 'conditional'),
  s("Sorry if it felt like I didn't care.", 'conditional', 'feelings-shift'),
  s("If my joke hurt you, I'm sorry.", 'conditional'),
  s("I'm sorry should anything I said have hurt you.", 'conditional', 'vague'),
  s("I'm sorry if I've been distant lately.", 'conditional'),

  s("I'm sorry you're hurting over this.", 'feelings-shift'),
  s("I'm sorry that my message was taken the wrong way.", 'feelings-shift'),
  s("Sorry you've been so upset lately.", 'feelings-shift'),
  s('I apologise that it hit you so hard.', 'feelings-shift'),
  s("I'm sorry you were disappointed by my choices.", 'feelings-shift'),

  s("I'm sorry I snapped, but you know how I get when I'm tired.", 'sorry-but'),
  s("I'm sorry about the texts; but in fairness, I never hid my phone.", 'sorry-but'),
  s('Sorry for yelling, but it had been building for weeks.', 'sorry-but'),
  s('I regret the way I spoke, but someone had to say it.', 'sorry-but'),
  s("I'm sorry, although I did warn you I'd be late.", 'sorry-but'),

  s('Your privacy was invaded, and that is unacceptable.', 'passive-voice'),
  s('A lot of money was lost at the casino that summer.', 'passive-voice'),
  s('Some things were hidden from you.', 'passive-voice'),
  s('Your boundaries were ignored again and again.', 'passive-voice'),
  s('Things spiralled after the party.', 'passive-voice'),

  s("I'm sorry for any pain this has caused.", 'vague'),
  s('Apologies for everything that went down.', 'vague'),
  s("I'm sorry for the mess.", 'vague'),
  s("I'm sorry for whatever part I played.", 'vague'),

  s('I merely looked at her profile.', 'minimiser'),
  s('It was a tiny white lie.', 'minimiser'),
  s('We only kissed once.', 'minimiser'),
  s("It wasn't meant to hurt anyone.", 'minimiser'),
  s('Honestly it was nothing, just a few messages.', 'minimiser'),

  s('You drove me to drink with all the arguing.', 'blame-shift'),
  s("If you'd been more honest with me, I wouldn't have snooped.", 'blame-shift'),
  s("We're equally responsible for this mess.", 'blame-shift'),
  s('Your mother started all of this.', 'blame-shift'),
  s("You're the one who kept pushing me away.", 'blame-shift'),

  s("You've got to let this go eventually.", 'demanding'),
  s('I want this settled by Christmas.', 'demanding'),
  s("It's time for you to forgive me.", 'demanding'),
  s("Don't keep throwing this back in my face.", 'demanding'),

  s(
    "I was running on no sleep, the baby was sick, and work wouldn't stop calling.",
    'excuse-explanation',
  ),
  s(
    "With everything going on at work and my back playing up, I just wasn't myself.",
    'excuse-explanation',
  ),
  s('What would you have done in my place?', 'excuse-explanation'),
  s(
    "I couldn't tell you because I was embarrassed and because I thought I could fix it myself.",
    'excuse-explanation',
  ),

  s('I feel neglected in this relationship.', 'evaluation-as-feeling'),
  s('I felt you were checking up on me all day.', 'evaluation-as-feeling'),
  s("I feel like you're trying to catch me out.", 'evaluation-as-feeling'),
  s('I felt invisible at your work party.', 'evaluation-as-feeling'),

  s('If it helps, I can write down everything I remember about that night.'),
  s("I'm sorry I lied, and I understand if you need to talk to a friend about it."),
  s("I'm sorry, but I know sorry is the start, not the end."),
  s("I'm not asking you to forgive me, only to let me show you."),
  s('I was told about the counselling waiting list by my GP.'),
  s('The house was sold before we met.'),
  s('I just realised I never thanked you for staying.'),
  s('That was only the start of the lying, and I need to tell you the rest.'),
  s('We both agreed on a budget, and I went behind your back.'),
  s("You didn't deserve any of it."),
  s('You have to do what is right for you.'),
  s("I'm sorry for lying about the gambling, and for the money I lost."),
  s("I feel guilty and frightened about what I've done."),
  s('I feel that I owe you the whole truth.'),
  s('Nothing you did made me do this.'),
  s("Since you asked, I'll tell you everything that happened."),
  s('I was wrong to blame my stress; I chose to drink.'),
  s("I'm sorry that I let you down when you needed me."),
  s("It's been a month since I last had a drink, and I'm going to keep going."),
  s("If you'd like, we can go to the session together on Tuesday."),
  s("I only have one explanation, and it isn't good enough."),
  s("I'm sorry you had to hear it from your brother instead of from me."),
  s("I'm sorry for the hurt I caused you."),
]
