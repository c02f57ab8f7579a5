import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * The sixth held-out set. It exists so that someone can measure how the checker handles
 * sentences it was never shaped around: it was written by a separate session that never saw the
 * checker's rules, its tests or any of its results, and labelled by hand with the guide in the
 * header of labelledSentences.ts (every category a careful reader would flag, applied
 * conservatively: a label only where the guide clearly describes the sentence). It was frozen
 * when it was written; do not relabel an item because the checker disagrees with it.
 *
 * NEVER USE IT FOR TUNING. Do not read its disagreements while changing a rule. Run it once for
 * an honest figure; once it has guided a change it is used up, and must be folded into
 * development and replaced by a new set written the same way.
 *
 * The voices are people apologising to a partner after a breach of trust (lies, secrecy, money,
 * drinking, an affair, harsh words, broken promises, forgetting, jealousy, phone snooping,
 * in-laws, work), as texts, speech, letters and formal notes, in British and American spelling.
 * They deliberately avoid the stock phrasings of the development files and of the earlier
 * held-out sets: every item shares under 0.6 of its words (Jaccard) with each sentence in them.
 *
 * Positives per category (an item can carry several): conditional 17, feelings-shift 17,
 * sorry-but 17, passive-voice 19, vague 18, minimiser 22, blame-shift 23, demanding 18,
 * excuse-explanation 20, evaluation-as-feeling 18; sincere 59, most of them tricky negatives
 * built on the guide's "Not:" cases; 233 items in all.
 *
 * Run on the checker as it stood before the fifth round of fixes: precision 0.94, recall 0.40.
 * Run once more after that round: precision 0.93, recall 0.44 (demanding R 0.06, blame-shift
 * R 0.13, excuse-explanation R 0.25, vague R 0.33 the weakest). Only these figures were read,
 * not its disagreements, so it is still unused for tuning.
 */
export const heldOutSentences: readonly LabelledSentence[] = [
  // conditional
  s("Were my remarks about your brother's best-man speech too much, I apologise.", 'conditional'),
  s('sorry if me borrowing from the joint account freaked u out', 'conditional'),
  s(
    "If staying over at Mia's flat without a word crossed a line, then I apologise.",
    'conditional',
  ),
  s("I'll apologise for the phone call with my ex if it genuinely bothered you.", 'conditional'),
  s("Assuming I really did promise to be home by ten, I'm sorry I wasn't.", 'conditional'),
  s('If my teasing about your job went too far, forgive me.', 'conditional'),
  s("i'm sorry IF i was rude to your dad, ok", 'conditional'),
  s("Supposing I was harsh with you on Saturday, then I'm sorry for it.", 'conditional'),
  s('To the degree that my secrecy about the loan hurt you, you have my apology.', 'conditional'),
  s('I apologise for calling your mother a snob, provided I actually said that.', 'conditional'),
  s("If the remark about your mom's cooking was unkind, I'm sorry for it.", 'conditional'),
  s("I apologize for the jealousy, if that's what it was.", 'conditional'),
  s('Sorry if my checking your phone was a bit much.', 'conditional', 'minimiser'),
  s("If it turns out I did spend more than we agreed, I'll apologise.", 'conditional'),
  s("Should it turn out that my lying has made you anxious, I'm truly sorry.", 'conditional'),
  s('In case anything I wrote in that email was hurtful, I apologise.', 'conditional', 'vague'),
  s(
    'if you were hurt by me drinking at the christening then im sorry',
    'conditional',
    'feelings-shift',
  ),

  // feelings-shift
  s("I'm sorry my texts to my ex have got under your skin so badly.", 'feelings-shift'),
  s('sorry ur taking the overdraft news so hard x', 'feelings-shift'),
  s("I'm sorry my crack about your salary left such a sour taste.", 'feelings-shift'),
  s("I regret that you've lost sleep over the receipts you found.", 'feelings-shift'),
  s(
    "I'm sorry my not ringing on your birthday came over as though I'd forgotten.",
    'feelings-shift',
  ),
  s("It pains me that you're so wary of me now.", 'feelings-shift'),
  s(
    "I'm sorry my comments about your sister have been interpreted as an attack.",
    'feelings-shift',
  ),
  s('im sorry u feel like u cant trust me anymore', 'feelings-shift'),
  s('Sorry my honesty about your parents went down like a lead balloon.', 'feelings-shift'),
  s("I'm sorry you've been so unsettled since seeing the texts.", 'feelings-shift'),
  s("I'm sorry that the photos bothered you as much as they did.", 'feelings-shift'),
  s('Sorry you got the impression I was hiding things.', 'feelings-shift'),
  s("I'm sorry my going to Vegas without telling you seemed so sneaky.", 'feelings-shift'),
  s("I'm sorry you feel the need to check up on me.", 'feelings-shift'),
  s('My apologies that my tone in the car struck you as aggressive.', 'feelings-shift'),
  s("I'm sorry you've ended up so mistrustful of me.", 'feelings-shift'),

  // sorry-but
  s("I'm sorry I lied about the poker nights, but it's my money I was playing with.", 'sorry-but'),
  s('apologies for the state i came home in, tho it WAS a stag do', 'sorry-but'),
  s(
    'I am sorry I shouted at your mother; nonetheless, she was out of line.',
    'sorry-but',
    'blame-shift',
  ),
  s('Sorry I looked at your phone, only it was lying there unlocked and buzzing.', 'sorry-but'),
  s(
    "I'm sorry I missed the parents' evening, but honestly it's not like they tell you anything new.",
    'sorry-but',
    'minimiser',
  ),
  s('I regret the things I said about your ex-husband, but every word was true.', 'sorry-but'),
  s(
    "I'm genuinely sorry for the affair. But you'd checked out of this marriage long before I did.",
    'sorry-but',
    'blame-shift',
  ),
  s('Forgive me for hiding the debt, but I was trying to spare you the worry.', 'sorry-but'),
  s('sorry for going off at u but u know what mondays are like for me', 'sorry-but'),
  s('I apologize for being late to the recital, though in my defense I did text.', 'sorry-but'),
  s(
    "I'm sorry I drank again. But it's been a rotten month, what with Dad and the job.",
    'sorry-but',
    'excuse-explanation',
  ),
  s(
    "I'm sorry I checked your location, but can you blame me after last year?",
    'sorry-but',
    'blame-shift',
  ),
  s("I'm sorry for the comment about your weight, yet the doctor said much the same.", 'sorry-but'),
  s(
    'My apologies for the outburst at Christmas, but your brother was goading me all day.',
    'sorry-but',
    'blame-shift',
  ),
  s("I'm sorry I went to see her, although technically we'd been on a break.", 'sorry-but'),
  s("Really sorry I didn't tell you about the loan, but the timing never felt right.", 'sorry-but'),
  s(
    "I'm sorry, I am, but I'm not the one who went running to your mother.",
    'sorry-but',
    'blame-shift',
  ),

  // passive-voice
  s('Your car got dented while you were away, and I should have said.', 'passive-voice'),
  s('The overdraft limit was quietly raised last spring.', 'passive-voice'),
  s('Your secret about the IVF got passed on to my sister.', 'passive-voice'),
  s('Some texts went back and forth that crossed a line.', 'passive-voice'),
  s('Our anniversary slipped by without so much as a card.', 'passive-voice'),
  s('the tenner from ur purse got spent, sorry', 'passive-voice'),
  s(
    'Regrettably, confidential details of your health were shared with my colleagues.',
    'passive-voice',
  ),
  s('Promises about the drinking have been broken again since Easter.', 'passive-voice'),
  s('It all got very messy after the office party.', 'passive-voice'),
  s("Your emails were gone through while you were at your sister's.", 'passive-voice'),
  s('Somehow the rent ended up on the credit card.', 'passive-voice'),
  s("A kiss happened at the conference, and I'm not going to lie about it.", 'passive-voice'),
  s('The babysitter was never booked, so the evening fell through.', 'passive-voice'),
  s(
    "Your father was insulted at the dinner table, and I know that's hard to forgive.",
    'passive-voice',
  ),
  s('The situation with Rachel developed over a few months.', 'passive-voice'),
  s('Things escalated between me and Tom at the pub until a punch was thrown.', 'passive-voice'),
  s('Harsh words got fired off in that voicemail.', 'passive-voice'),
  s('The promise to call every night was allowed to slide.', 'passive-voice'),

  // vague
  s('sorry bout last night babe, the whole lot x', 'vague'),
  s('Please forgive me for the hurt of these past months.', 'vague'),
  s('Apologies for the weekend in Brighton.', 'vague'),
  s('I feel terrible about everything that happened in Lisbon.', 'vague'),
  s("I want to say sorry for the way I've behaved since your dad's funeral.", 'vague'),
  s('Forgive me for all my nonsense this year.', 'vague'),
  s('soz about the situation w sarah, truly', 'vague'),
  s("I'm sorry for whatever hurt I've caused by my choices.", 'vague'),
  s('I am writing to express my regret for recent events.', 'vague'),
  s('So sorry for how I was at the barbecue.', 'vague'),
  s('I owe you an apology for a lot of things.', 'vague'),
  s('I regret the choices I made back then.', 'vague'),
  s('Sorry for being an idiot, babe.', 'vague'),
  s("My deepest apologies for any wrong I've done you.", 'vague'),
  s("I'm sorry for everything since June.", 'vague'),
  s("I'm sorry it ended up like this.", 'vague'),
  s('Sorry for what I did, I know it was bad.', 'vague'),

  // minimiser
  s('I had a quick flutter on the horses, nothing more.', 'minimiser'),
  s('It was a peck on the cheek at most.', 'minimiser'),
  s('i was literally only at hers for twenty mins', 'minimiser'),
  s('I borrowed a small amount from your account, a hundred quid tops.', 'minimiser'),
  s('My heart was in the right place when I read your diary.', 'minimiser'),
  s('It was hardly an affair, more of a flirtation.', 'minimiser'),
  s('Okay, I got a touch loud in the restaurant.', 'minimiser'),
  s('It was meant as banter, nothing malicious.', 'minimiser'),
  s('At no point was I trying to embarrass you at your work do.', 'minimiser'),
  s('It was a few harmless texts with an old friend.', 'minimiser'),
  s("We went for one drink after the gym, where's the harm?", 'minimiser'),
  s("I forgot the cake, it's not exactly a crime.", 'minimiser'),
  s(
    "I knocked a couple of hundred off the price of the bike when I told you, that's all.",
    'minimiser',
  ),
  s("Deleting a few messages isn't the same as hiding something.", 'minimiser'),
  s('My intention was never to deceive you.', 'minimiser'),
  s('I lost my temper for about two seconds.', 'minimiser'),
  s('I peeked at your phone the one time.', 'minimiser'),
  s("I dipped into the savings a little, nothing we can't cover.", 'minimiser'),

  // blame-shift
  s("If your family didn't interfere so much, I'd never have said what I said.", 'blame-shift'),
  s('ur the one who told me to go out more lol', 'blame-shift'),
  s('The stress of living with your moods got to me.', 'blame-shift'),
  s(
    'Honestly, the way you spend money left me no option but to hide mine.',
    'blame-shift',
    'excuse-explanation',
  ),
  s(
    'My boss kept the drinks flowing, so what was I meant to do?',
    'blame-shift',
    'excuse-explanation',
  ),
  s(
    "Maybe if you came to bed at a normal hour, I wouldn't have been on the dating apps.",
    'blame-shift',
  ),
  s("It's six of one and half a dozen of the other, really.", 'blame-shift'),
  s('Your dad started it by calling me useless.', 'blame-shift'),
  s('Amy kept texting me first; I just answered.', 'blame-shift', 'minimiser'),
  s('You knew what I was like with money when you married me.', 'blame-shift'),
  s('Those antidepressants turned me into a different person.', 'blame-shift'),
  s('You set me off with that comment about my mum.', 'blame-shift'),
  s('We were both drinking, so we both said stuff.', 'blame-shift'),
  s('You went on and on about the bins until I lost it.', 'blame-shift'),
  s("If you'd picked up your phone, I wouldn't have driven over there drunk.", 'blame-shift'),
  s("Our counselor said these things are never one person's fault.", 'blame-shift'),
  s("You've been so distant since the baby that I went looking for comfort.", 'blame-shift'),
  s("You shouldn't have left your laptop open if you didn't want me to look.", 'blame-shift'),

  // demanding
  s("I want an answer by Friday about whether you're forgiving me.", 'demanding'),
  s('Can you stop sulking about the holiday now?', 'demanding'),
  s("it's been a week, u need to start talking to me again", 'demanding'),
  s("I think I've earned your forgiveness at this point.", 'demanding'),
  s("Let's agree never to mention Paris again.", 'demanding'),
  s("If you loved me you'd let this go.", 'demanding'),
  s("You're going to have to trust me sooner or later.", 'demanding'),
  s("I'm asking you to be over it before my parents arrive.", 'demanding'),
  s('I expect a clean slate once the counselling ends.', 'demanding'),
  s('Your forgiveness is overdue, frankly.', 'demanding'),
  s('Put the phone business to bed, please, for both our sakes.', 'demanding'),
  s("I've paid it all back, so there's nothing left to be angry about.", 'demanding'),
  s('Stop dredging up the affair every time we have a row.', 'demanding'),
  s("Tonight we're starting fresh, whether you like it or not.", 'demanding'),
  s('Could you be civil with me again by the time Nan comes to stay?', 'demanding'),
  s("A month of the silent treatment is plenty, don't you think?", 'demanding'),
  s('How long do I have to keep paying for one night?', 'demanding', 'minimiser'),
  s("You're obliged to give me another go; that's what marriage is.", 'demanding'),

  // excuse-explanation
  s(
    'The boiler had packed in, the dog was ill and I had a deadline, so your birthday slipped my mind.',
    'excuse-explanation',
  ),
  s("I couldn't have done it any other way.", 'excuse-explanation'),
  s(
    "Between the commute, the overtime and Mum's appointments, I didn't have the headspace to tell you.",
    'excuse-explanation',
  ),
  s('i was hungover and stressed and my battery was on 2% so i didnt reply', 'excuse-explanation'),
  s('I had to use the savings; the debt collectors were at the door.', 'excuse-explanation'),
  s("Be honest, in my place you'd have kept quiet too.", 'excuse-explanation'),
  s(
    "My therapist says it's my attachment style, and my dad was exactly the same, so the lying is in me.",
    'excuse-explanation',
  ),
  s('There was no way I could say no to my boss.', 'excuse-explanation'),
  s(
    'It was the middle of tax season and I was running on four hours of sleep a night.',
    'excuse-explanation',
  ),
  s('What was the alternative, letting the house get repossessed?', 'excuse-explanation'),
  s(
    "I'd come off a double shift, I'd eaten nothing all day and the car had a flat.",
    'excuse-explanation',
  ),
  s(
    'After the miscarriage and then losing my job, drinking was the only thing that got me through.',
    'excuse-explanation',
  ),
  s('I never had a choice about moving the money.', 'excuse-explanation'),
  s(
    "It's hard to be honest when you're drowning in debt and terrified of losing the house.",
    'excuse-explanation',
  ),
  s(
    'My phone was on silent, the meeting ran late, and then I fell asleep on the train.',
    'excuse-explanation',
  ),
  s(
    "With Christmas, the kids' colds and my sister's divorce, the present got forgotten.",
    'excuse-explanation',
    'passive-voice',
  ),
  s("Any bloke would've cracked with the pressure I was under.", 'excuse-explanation'),

  // evaluation-as-feeling
  s("I feel like you've already decided I'm a liar for life.", 'evaluation-as-feeling'),
  s('I felt ganged up on by you and your sisters.', 'evaluation-as-feeling'),
  s('i feel like ur waiting for me to mess up again', 'evaluation-as-feeling'),
  s('I feel shut out of decisions about the kids now.', 'evaluation-as-feeling'),
  s('I feel scrutinised every time I pick up my phone.', 'evaluation-as-feeling'),
  s(
    'Honestly, I feel blamed for everything that goes wrong in this house.',
    'evaluation-as-feeling',
  ),
  s('I felt humiliated when you told the group about the affair.', 'evaluation-as-feeling'),
  s("I feel as though my side of the story doesn't count with you.", 'evaluation-as-feeling'),
  s('I feel patronized when you check the receipts.', 'evaluation-as-feeling'),
  s('I feel that you enjoy reminding me of it.', 'evaluation-as-feeling'),
  s('I felt cheated out of a say in where we live.', 'evaluation-as-feeling'),
  s('I feel guilted into apologising over and over.', 'evaluation-as-feeling'),
  s("For months I've felt overlooked by you.", 'evaluation-as-feeling'),
  s('I feel watched all the time.', 'evaluation-as-feeling'),
  s("I feel like you're using this to win every argument.", 'evaluation-as-feeling'),
  s('I felt let down when you told my mother before me.', 'evaluation-as-feeling'),
  s('I feel provoked when you bring up her name.', 'evaluation-as-feeling'),
  s("I feel like you'd rather I wasn't here.", 'evaluation-as-feeling'),

  // tricky negatives: "if" that does not hang the apology on the harm
  s("If you need the house to yourself, I'll sleep at Dev's for a few nights."),
  s('If you ever want to go through my banking app, the password is yours.'),
  s("Even if it takes years, I'll keep turning up to the meetings."),
  s('i get it if u dont want to see me this weekend'),
  s("If I had been honest in March, you wouldn't have found out from a stranger."),
  s("I'd like to pay for the counselling myself, if you'll agree to it."),

  // tricky negatives: the writer owns the other person's hurt
  s("I'm sorry my lying left you second-guessing your own eyes."),
  s("You're hurt because I broke my word, and I'm sorry for breaking it."),
  s("You felt alone at the funeral because I left early, and that's on me."),
  s('You must feel betrayed by me, and that feeling is fair.'),

  // tricky negatives: "but" that leads into a commitment or an admission
  s(
    "I'm sorry I blew the holiday fund, but sorry doesn't pay it back, so I've picked up weekend shifts.",
  ),
  s("I wanted to defend myself, but I won't; I hid the messages and I'm sorry."),
  s('sorry for the way i spoke to u. i was knackered but thats on me, not u'),
  s("I'm not only sorry for the lie, but for the months of acting like you were the problem."),

  // tricky negatives: passives with "by me", about the writer, or unrelated to the harm
  s('The withdrawals were made by me, every Friday for two years.'),
  s("I was taught young to keep secrets about money, and I'm unlearning it now."),
  s('The counselling sessions are booked for Wednesdays at six.'),
  s("I was signed off work in May, which I kept from you, and I shouldn't have."),

  // tricky negatives: "every", "anything", "whatever" with the act named
  s("I'm sorry for every hour I spent on that site instead of with you."),
  s("I'll tell you anything you want to know about the Leeds trip."),
  s('Whatever you need to feel safe, my location or my passwords, you can have.'),

  // tricky negatives: "just", "only", intent owned
  s("I've just got off the phone with the debt adviser, and I have a plan."),
  s('What I said to your sister was just vicious, and I apologize.'),
  s('The only one who chose to gamble was me.'),
  s("I didn't only lie, I made you feel mad for asking."),
  s("It wasn't a small thing, and I'm done pretending it was."),
  s("I meant to hurt you in that moment, and that's what scares me."),

  // tricky negatives: "we both", "you made", nobody else to blame
  s('We both agreed the savings were for the deposit, and I spent them anyway.'),
  s('No one talked me into it; I went to her flat because I wanted to.'),
  s("You've made our home a kind place, and I brought this into it."),
  s("We both want the girls to grow up seeing us honest, and I'm the one who has to change."),

  // tricky negatives: patience, hope and the writer's own duties
  s("There's no deadline on this; take whatever time you need."),
  s("I'd love to be forgiven one day, but that's your call, not mine."),
  s("You don't need to be over it for me to keep doing the work."),
  s("I need to stop asking you if we're okay and start showing you."),
  s('You should be able to ask me where I am without me getting defensive.'),

  // tricky negatives: one reason with ownership, and a choice admitted
  s('I was scared of losing face at work, and I chose to lie to you rather than admit it.'),
  s('Part of why I drank was the grief, and I was still the one who picked up the bottle.'),
  s('I had a choice every single time, and I chose wrong.'),
  s("As you know, I've started going to a gambling support group."),

  // tricky negatives: real feelings, and "I feel like I…"
  s('I feel so ashamed that you had to find the receipts yourself.'),
  s("I feel like I've been a stranger in our house this year."),
  s("I feel frightened that I'll never get your trust back."),
  s('I felt envious of your friendship with Marco, and I turned that into spying on you.'),
  s('I feel like I took your patience for granted.'),

  // sincere
  s('I lied to you about the overtime; I was at the bookies.'),
  s('Dear Ruth, I am sorry that I read the letters from your sister without your permission.'),
  s('im so sorry i forgot to collect ur mum from the airport. i left her waiting two hours'),
  s("I'm sorry I called your friends a bunch of losers at the party."),
  s("I told your parents about our money troubles when you'd asked me not to, and I'm sorry."),
  s("I've moved my salary into the joint account so you can see every payment."),
  s("I'm sorry I broke my promise to be home for bath time all last week."),
  s('Please forgive me for hiding the second credit card; it was deceitful.'),
  s("I'm sorry for accusing you of flirting with Raj when I was the one texting someone else."),
  s("What I did with Claire was an affair, and I won't call it anything smaller."),
  s("I'm sorry I snapped at you when you asked about the vodka bottles."),
  s("I apologise for the cruel things I said about your dad's illness."),
  s("I was jealous of your promotion and I belittled it, and I'm sorry."),
  s("I won't drink at your sister's wedding, and you can hold me to that."),
]
