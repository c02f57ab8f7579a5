import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * Written for Mend before the checker existed, then frozen: the checker is tuned against this
 * set, so its figures are optimistic. heldOutSentences.ts was written afterwards for an honest check.
 *
 * Labelling guide (what a careful reader would flag, whatever a machine might manage):
 * - conditional: the apology hangs on the harm having happened or been perceived
 *   (sorry if / in case / to the extent that; "if I hurt you, I'm sorry").
 * - feelings-shift: regret aimed at the other person's reaction, not at the act
 *   ("sorry you feel", "sorry you were offended", "sorry it came across", "sorry you found out").
 * - sorry-but: an apology followed, in the same breath, by a "but/however/though" that
 *   justifies, blames or takes it back. Not: "but" that leads into a commitment or an admission
 *   that nothing excuses it, "not only … but", or a "but" that comes before the apology.
 * - passive-voice: the wrong is told without its doer (agentless passive of a harmful act,
 *   "it just happened", "things got out of hand"). Not: passives with "by me", passives about
 *   the writer's own state or history, passives unrelated to the harm.
 * - vague: the apology never names what it is for (whatever, everything, anything, all of it,
 *   what happened, the situation, the other night).
 * - minimiser: shrinks the act (just / only / a bit / once / harmless / no big deal / it meant
 *   nothing) or moves the focus to intent ("I didn't mean it", "I never meant to").
 *   Not: "just now" (recently), "just" as an intensifier of blame ("just cruel"), "only" that
 *   narrows responsibility onto the writer ("only me"), "not only".
 * - blame-shift: moves cause or a share of the blame onto the partner or anyone/anything else
 *   ("you made me", "if you hadn't", "we both", "it takes two", "the drink made me").
 *   Not: "we both agreed/want/know", "nobody made me".
 * - demanding: asks for forgiveness or closure as a duty or on a timetable
 *   ("you need to get over it", "you have to forgive me", "by the weekend", "stop bringing it up").
 * - excuse-explanation: reasons piled up (two or more) with no ownership beside them, or a
 *   claim that there was no choice. One reason followed by ownership is a fair explanation.
 * - evaluation-as-feeling: "I feel/felt" followed by a judgement about someone else
 *   ("I feel you…", "I feel like you…") or a word that accuses (abandoned, betrayed, ignored,
 *   manipulated, disrespected, used, rejected, attacked, pressured…). Not: real feelings
 *   (ashamed, sad, scared), nor "I feel like I…" about the writer's own conduct, which is
 *   ownership in an apology even if NVC would call it a thought.
 */
export const labelledSentences: readonly LabelledSentence[] = [
  // conditional
  s("I'm sorry if I hurt you.", 'conditional'),
  s("I'm sorry if you were offended by what I said.", 'conditional', 'feelings-shift'),
  s('If anything I did upset you, I apologise.', 'conditional', 'vague'),
  s('I apologize if my texts came across the wrong way.', 'conditional', 'feelings-shift'),
  s('Sorry if that sounded harsh.', 'conditional'),
  s("If I said something hurtful last night, I'm sorry.", 'conditional', 'vague'),
  s('I regret it if the way I handled the money worried you.', 'conditional'),
  s("I'm sorry if my drinking has been a problem for you.", 'conditional'),
  s('My apologies if I forgot to mention the dinner with Jess.', 'conditional'),
  s("I'm sorry in case I gave you the wrong impression.", 'conditional'),
  s("I'm sorry, if that's what you need to hear.", 'conditional'),
  s('To the extent that my silence hurt you, I am sorry.', 'conditional'),
  s("I'm really sorry if I let you down again.", 'conditional'),
  s('Sorry if I was short with you on the phone.', 'conditional'),
  s("I'd like to apologise if I made you feel unimportant.", 'conditional'),
  s("If you felt ignored at the party, then I'm sorry.", 'conditional', 'feelings-shift'),
  s("I'm sorry if I ever made you doubt me.", 'conditional'),

  // feelings-shift
  s("I'm sorry you feel that way.", 'feelings-shift'),
  s("I'm sorry that you were upset by the messages.", 'feelings-shift'),
  s("I'm sorry you took it so personally.", 'feelings-shift'),
  s('Sorry your feelings got hurt.', 'feelings-shift', 'passive-voice'),
  s("I'm sorry it came across as cold.", 'feelings-shift'),
  s('I apologise that you felt left out at your sister’s wedding.', 'feelings-shift'),
  s("I'm sorry that you're so angry about it.", 'feelings-shift'),
  s("I'm sorry you see it that way, honestly.", 'feelings-shift'),
  s('I am sorry you were offended.', 'feelings-shift'),
  s('Sorry you found out like that.', 'feelings-shift'),
  s("I'm sorry you think I lied.", 'feelings-shift'),
  s("I'm so sorry that you felt hurt and confused.", 'feelings-shift'),
  s('I regret that you were made uncomfortable.', 'feelings-shift', 'passive-voice'),
  s("I'm sorry the news upset you so much.", 'feelings-shift'),
  s("I'm sorry you got the wrong idea about Sam.", 'feelings-shift'),

  // sorry-but
  s("I'm sorry, but you were yelling too.", 'sorry-but', 'blame-shift'),
  s('I apologise, but I was under a lot of pressure.', 'sorry-but'),
  s("I'm sorry I lied, but you would have overreacted.", 'sorry-but', 'blame-shift'),
  s("Sorry, but I really don't think it was that bad.", 'sorry-but', 'minimiser'),
  s("I'm sorry about the money, but it was my account too.", 'sorry-but'),
  s("I'm sorry. But honestly, what was I supposed to do?", 'sorry-but', 'excuse-explanation'),
  s('I regret missing your birthday, but work has been insane.', 'sorry-but'),
  s("I'm sorry I checked your phone, but I had my reasons.", 'sorry-but'),
  s('I am sorry for shouting; however, you kept pushing me.', 'sorry-but', 'blame-shift'),
  s("I'm sorry, though I still think I was right.", 'sorry-but'),
  s("My apologies, but I'm not the only one who made mistakes here.", 'sorry-but', 'blame-shift'),
  s("I'm sorry I didn't call, but my phone was dead.", 'sorry-but'),
  s('I apologise for being late again, but the traffic was terrible.', 'sorry-but'),
  s("I'm sorry for hiding the bill, but I knew you'd worry.", 'sorry-but'),
  s("I'm truly sorry, but you need to stop bringing it up.", 'sorry-but', 'demanding'),

  // passive-voice
  s('Mistakes were made on both sides.', 'passive-voice', 'blame-shift'),
  s("Things were said that shouldn't have been said.", 'passive-voice'),
  s("Your trust was broken, and I'm sorry about that.", 'passive-voice'),
  s('Some lines were crossed at the party.', 'passive-voice'),
  s('The messages got deleted before you could see them.', 'passive-voice'),
  s('Promises were broken, I know.', 'passive-voice'),
  s("The money was spent on things we didn't need.", 'passive-voice'),
  s('It just happened.', 'passive-voice', 'minimiser'),
  s('Things got out of hand that night.', 'passive-voice'),
  s('Hurtful words were exchanged.', 'passive-voice'),
  s("You were lied to, and that's not okay.", 'passive-voice'),
  s('The truth was kept from you for too long.', 'passive-voice'),
  s('Your birthday was forgotten, and I feel awful.', 'passive-voice'),
  s('Mistakes have been made, and I want us to move past them.', 'passive-voice'),
  s('Somehow the conversation was never had.', 'passive-voice'),
  s('The account was opened without telling you.', 'passive-voice'),

  // vague
  s("I'm sorry for whatever I did.", 'vague'),
  s('Sorry for everything.', 'vague'),
  s('I apologise for anything I may have done wrong.', 'vague'),
  s("I'm sorry about what happened.", 'vague'),
  s("I'm sorry for all of it.", 'vague'),
  s("I'm sorry for the whole situation.", 'vague'),
  s('Sorry about the other night.', 'vague'),
  s('I apologize for any hurt I may have caused.', 'vague'),
  s("I'm sorry for my part in all this.", 'vague'),
  s("I'm so sorry for things.", 'vague'),
  s('Sorry for whatever it was that upset you.', 'vague', 'feelings-shift'),
  s("I'm sorry for how everything turned out.", 'vague'),
  s('I regret what went on between us.', 'vague'),
  s("I'm sorry for stuff I did back then.", 'vague'),
  s("Whatever it is I did, I'm sorry.", 'vague'),

  // minimiser
  s('I just had a couple of drinks with her.', 'minimiser'),
  s('It was only a joke.', 'minimiser'),
  s("I didn't mean it.", 'minimiser'),
  s('I was only gone for a few hours.', 'minimiser'),
  s('It was just lunch, nothing more.', 'minimiser'),
  s('I only lied about one small thing.', 'minimiser'),
  s('I never meant to hurt you.', 'minimiser'),
  s("It wasn't a big deal at the time.", 'minimiser'),
  s("I was a little late, that's all.", 'minimiser'),
  s('We were just talking.', 'minimiser'),
  s('It meant nothing to me.', 'minimiser'),
  s('I only checked your email once.', 'minimiser'),
  s('It was a harmless bit of flirting.', 'minimiser'),
  s('I was just joking around.', 'minimiser'),
  s("It's not like I spent all of our savings.", 'minimiser'),
  s('I maybe raised my voice a bit.', 'minimiser'),
  s("I didn't mean to make you cry.", 'minimiser'),

  // blame-shift
  s("You made me so angry that I said things I didn't mean.", 'blame-shift', 'minimiser'),
  s("If you hadn't gone through my phone, none of this would have happened.", 'blame-shift'),
  s('We both made mistakes.', 'blame-shift'),
  s('You have to accept your part in this too.', 'blame-shift'),
  s('It takes two to break a marriage.', 'blame-shift'),
  s('I did it because you were never home.', 'blame-shift'),
  s('You pushed me away for months, so what did you expect?', 'blame-shift'),
  s('Your constant nagging drove me to it.', 'blame-shift'),
  s("It's partly your fault for not listening.", 'blame-shift'),
  s('You started the argument, not me.', 'blame-shift'),
  s("Let's be honest, you're not innocent either.", 'blame-shift'),
  s('My friends talked me into going.', 'blame-shift'),
  s("If you had trusted me, I wouldn't have needed to hide it.", 'blame-shift'),
  s('You did the same thing to me last year.', 'blame-shift'),
  s('Neither of us is blameless here.', 'blame-shift'),
  s('The drink made me say those things.', 'blame-shift'),
  s("We're both to blame for how bad things got.", 'blame-shift'),

  // demanding
  s('You need to get over it.', 'demanding'),
  s('You have to forgive me.', 'demanding'),
  s("I've apologised, so can we move on now?", 'demanding'),
  s("It's been three months; you should be over this by now.", 'demanding'),
  s('I need you to trust me again by the end of the month.', 'demanding'),
  s('Stop bringing up the past.', 'demanding'),
  s("You owe me a second chance after everything I've done for you.", 'demanding'),
  s("Let's put this behind us and forget it ever happened.", 'demanding'),
  s("I expect you to forgive me once I've said sorry.", 'demanding'),
  s("By the weekend I'd like things to be back to normal.", 'demanding'),
  s('You must let this go at some point.', 'demanding'),
  s('When are you going to stop punishing me for this?', 'demanding'),
  s("I said sorry, now it's your turn to let it go.", 'demanding'),
  s("You can't stay angry forever.", 'demanding'),
  s('Please just forgive me already.', 'demanding'),
  s('We need to move on from this tonight.', 'demanding'),

  // excuse-explanation
  s(
    'I was exhausted from work, the kids had been up all night, and I snapped.',
    'excuse-explanation',
  ),
  s(
    "I didn't call because my phone was dead and I was stuck in a meeting and then the trains were cancelled.",
    'excuse-explanation',
  ),
  s(
    'You have to understand that I was under so much pressure, since my dad was ill and money was tight.',
    'excuse-explanation',
  ),
  s('I had no choice.', 'excuse-explanation'),
  s('Anyone in my position would have done the same.', 'excuse-explanation'),
  s(
    'I drank too much because I was stressed, because the job was falling apart, and because nobody was helping me.',
    'excuse-explanation',
  ),
  s(
    "The reason I hid it is that I was scared, I was tired, and I didn't think you'd understand.",
    'excuse-explanation',
  ),
  s(
    'I was so overwhelmed with work and worried about money that I stopped thinking straight.',
    'excuse-explanation',
  ),
  s(
    "It was a really hard week: my mum was in hospital, I wasn't sleeping, and everything felt like too much.",
    'excuse-explanation',
  ),
  s(
    'I lied since I was afraid of losing my job, and I was also worried about what your parents would think.',
    'excuse-explanation',
  ),
  s('What else was I supposed to do when the bills kept coming?', 'excuse-explanation'),
  s(
    "I forgot because I've had so much on my mind lately, with the move and the new manager and everything.",
    'excuse-explanation',
  ),
  s(
    "Given how stressed I was and how little sleep I was getting, it's not surprising I lost my temper.",
    'excuse-explanation',
  ),
  s(
    'My head was all over the place that month because of the redundancy and the stress of the house sale.',
    'excuse-explanation',
  ),

  // evaluation-as-feeling
  s('I feel you ignored me all evening.', 'evaluation-as-feeling'),
  s('I feel abandoned when you go quiet for days.', 'evaluation-as-feeling'),
  s('I felt manipulated by the way you asked.', 'evaluation-as-feeling'),
  s("I feel like you don't care about my side at all.", 'evaluation-as-feeling'),
  s('I feel disrespected when you check my phone.', 'evaluation-as-feeling'),
  s('I felt betrayed by your sister.', 'evaluation-as-feeling'),
  s('I feel that you never give me a chance.', 'evaluation-as-feeling'),
  s('I felt attacked in the counselling session.', 'evaluation-as-feeling'),
  s('I feel as if you are punishing me.', 'evaluation-as-feeling'),
  s('I feel unappreciated for everything I do around the house.', 'evaluation-as-feeling'),
  s("I feel like you're keeping score.", 'evaluation-as-feeling'),
  s('I felt so rejected when you moved into the spare room.', 'evaluation-as-feeling'),
  s('Honestly, I feel used.', 'evaluation-as-feeling'),
  s('I feel pressured to say the right thing all the time.', 'evaluation-as-feeling'),
  s('I feel you are making this bigger than it is.', 'evaluation-as-feeling', 'minimiser'),
  s('I feel misunderstood by everyone at the moment.', 'evaluation-as-feeling'),

  // tricky negatives: "if"
  s("If you ever want to talk, I'm here."),
  s("I'd understand if you need time."),
  s('I understand if you need some space from me.'),
  s('If you want, I can show you my phone any time.'),
  s("I've booked us an appointment with a couples counsellor, if you're willing to come."),
  s('Please tell me if there is anything I can do to help.'),
  s('If I could go back, I would tell you the truth that first night.'),
  s('Even if you never forgive me, I will keep my promises.'),
  s("I hope you will forgive me someday, but I understand if you can't."),

  // tricky negatives: "but" and "not sorry"
  s("I'm sorry. I know words aren't enough, but I will show you."),
  s("I'm sorry, and there is no but this time."),
  s("I'm not only sorry, but ashamed of how I treated you."),
  s("I was tired, but that is no excuse for how I spoke to you, and I'm sorry."),
  s("I'm sorry, but more than that, I want to change."),
  s("I'm sorry, not because I got caught but because I hurt you."),
  s("I'm sorry I lied, but I know sorry isn't enough, so here is what I'll do."),
  s("I'm not sorry I went to counselling, but I am sorry I kept it from you."),
  s("I'm not sorry, but I understand why you are angry."),
  s("I didn't want to say sorry at first, but you deserve one."),
  s("I wanted to explain, but I'm not going to make excuses."),
  s("I'm sorry it took me so long to say it, but I mean every word."),
  s("I know I can't undo it, but I can show you I've changed."),
  s("I can't promise I'll never make mistakes, but I promise to own them."),

  // tricky negatives: feelings and reactions owned by the writer
  s("I'm sorry I made you feel small in front of your friends."),
  s("I'm sorry that I hurt you."),
  s("I'm sorry you had to carry this alone for so long because of my secrets."),
  s('You feel betrayed, and you are right to.'),
  s('I know you feel hurt, and I caused that.'),
  s("I'm sorry my lies made you doubt yourself."),
  s("I'm sorry that I made you feel like you were going crazy."),

  // tricky negatives: passives that own, or are not about the harm
  s('The promise was broken by me, and only me.'),
  s("I was raised not to talk about feelings, and I'm working on that."),
  s('I was scared of losing you.'),
  s('I was wrong to read your messages.'),
  s('You were hurt by what I did, and I see that now.'),
  s('Your trust was broken because I chose to lie.'),
  s('I got caught up in my own fear and stopped listening.'),
  s('The dinner is booked for Saturday at seven.'),
  s('I have been told by my counsellor that this will take time.'),
  s('We were married eleven years ago this June.'),

  // tricky negatives: "everything", "whatever", "anything"
  s('I will do everything I can to earn back your trust.'),
  s("Everything I told you about that weekend was a lie, and I'm sorry."),
  s("I'm sorry for lying about where I was on Friday."),
  s("I'm sorry for what I said about your mother."),
  s('Whatever you decide, I will respect it.'),
  s('I am sorry for all the nights I came home late without calling.'),
  s('Anything you want to ask me, I will answer honestly.'),
  s("I'd like to make it up to you, in whatever way feels right to you."),
  s('I regret every lie I told you.'),

  // tricky negatives: "just" and "only"
  s('You deserve justice for what happened to your trust.'),
  s('I just now realised how much I hurt you.'),
  s('I only realised later how unfair I had been.'),
  s('That was just cruel of me, and I know it.'),
  s('You are the only person I want to build a life with.'),
  s('I have only myself to blame.'),
  s('I called you just after it happened, but I should have told you everything.'),
  s('I meant every word of the promise I broke.'),
  s("It was not a joke, and I shouldn't have laughed it off."),
  s("I know it wasn't just a small lie to you."),
  s('Just tell me what you need, and I will listen.'),
  s("I just want you to know I'm here."),
  s('Only you can decide whether to trust me again.'),
  s('I am sorry, and I will keep saying it with actions, not only words.'),

  // tricky negatives: "we both", "you made", "because you"
  s('We both agreed to the check-ins, and I broke that agreement.'),
  s('Nobody made me do it; it was my choice.'),
  s("You didn't make me lie, I chose to."),
  s("We both want this to work, and I'm ready to do my share."),
  s('You made me a better person, and I threw that away.'),
  s('Because you asked for honesty, here is all of it.'),
  s('We both deserve a relationship with no secrets.'),
  s('You were right to be angry with me.'),
  s('I broke the agreement we both made about the phone.'),
  s('We both know I have a lot of work to do.'),

  // tricky negatives: requests, patience and hope
  s('Take all the time you need.'),
  s('I hope that one day you might be able to forgive me.'),
  s('When you are ready, would you consider forgiving me?'),
  s('I need to earn your trust back, however long it takes.'),
  s("You don't have to forgive me."),
  s('I have to accept that this will take time.'),
  s('You need to know that none of this was your fault.'),
  s('I will keep showing up, week after week, for as long as it takes.'),
  s('You should never have had to find out that way.'),
  s('You have every right to stay angry.'),
  s("Can you forgive me, when you're ready?"),

  // tricky negatives: explanation with ownership, and non-causal "since"/"as"
  s("I was stressed that week, but that doesn't excuse how I spoke to you."),
  s('I lied because I was afraid, and that was my choice, not yours.'),
  s(
    "I think I hid it because I was ashamed; that's not an excuse, it's something I'm working on with my counsellor.",
  ),
  s("I'm telling you this so you understand, not so you excuse it."),
  s('Since that night, I have told you the truth every day.'),
  s('As I said on Sunday, I will go to every session.'),
  s('I want to explain what was going on for me, without making it your problem to fix.'),
  s('I left because I was angry, and I was wrong to.'),
  s('I hid the messages because I was ashamed, and that was my choice.'),

  // tricky negatives: real feelings
  s('I feel ashamed of how I treated you.'),
  s('I feel sick when I think about the lies I told.'),
  s('I felt scared and small, and I took it out on you.'),
  s('I feel like I let you down.'),
  s('I feel terrible about missing the appointment.'),
  s('I know you felt ignored, and I was the one ignoring you.'),
  s('I feel hopeful when we talk like this.'),
  s('I feel sad that I broke something so precious.'),
  s('You might have felt abandoned, and that makes sense.'),

  // sincere
  s("I'm sorry I lied to you about the money."),
  s('I read your messages without asking, and that was a violation of your privacy.'),
  s('I am responsible for this, not you.'),
  s('I broke your trust when I hid the credit card from you.'),
  s("From now on, I will tell you when I'm going out and who I'll be with."),
  s('Would you let me pay back the money from my own savings?'),
  s('I regret the way I spoke to you in front of the children.'),
  s("What I did was wrong, and there's no excuse for it."),
  s("I'm sorry. I was cruel, and you didn't deserve it."),
  s('I have stopped drinking, and I go to meetings twice a week.'),
  s("I lied to you for six months, and I'm deeply sorry."),
  s('I was the one who chose to keep it secret.'),
  s("I'm sorry for shouting at you on Saturday night."),
  s("When I missed your mother's funeral, I put my work before you, and I'm sorry."),
  s('I will answer any question you have, as many times as you need.'),
  s("I'm sorry for hurting you, and I'm sorry for hiding it."),
  s("Whenever you feel doubt, please ask me, and I'll tell you the truth."),
  s("I'm sorry, truly, for the nights I didn't come home."),
  s('My lying made it impossible for you to feel safe.'),
  s("I'm sorry I made a promise I didn't keep."),
  s("I was wrong, and I'm sorry."),
  s("I'm sorry I embarrassed you at dinner; that was unkind."),
  s("I'd love to hear what would help you feel safer."),
  s("I'm going to a counsellor on Thursdays to understand why I lie."),
  s("I want to repay every penny, starting with this month's salary."),
  s('I apologise for the things I said about your work; they were unfair and untrue.'),
  s('I know you gave me so many chances, and I wasted them.'),
  s("It was my decision to hide the debt, and nobody else's."),
  s("I'm sorry I didn't listen when you said you were lonely."),
  s("You asked me to stop, and I didn't."),
  s("I'm sorry that my affair turned your world upside down."),
  s("I'm ashamed that I let it go on for so long."),
  s("I'm sorry for forgetting our anniversary; it matters to me and I let it slip."),
]
