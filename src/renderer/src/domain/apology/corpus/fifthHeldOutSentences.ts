import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * The fifth held-out set: written by a separate session that never saw the checker's rules,
 * tests or results, in mixed voices (texts, speech, letters and formal notes; British and
 * American spelling), and deliberately avoiding the stock phrasings of the development files.
 * Run as the held-out check with the checker as it stood before the fourth round of fixes
 * (precision 0.94, recall 0.46) and again after it (precision 0.94, recall 0.48; weakest were
 * feelings-shift R 0.15, demanding R 0.29, excuse-explanation R 0.30, blame-shift R 0.31,
 * vague R 0.47, minimiser and passive-voice R 0.55, conditional R 0.65). The rules had fitted
 * the sentences they were shown and generalised poorly, so it was then folded into development
 * to guide a fifth round aimed at structure rather than phrasings; the set that replaces it in
 * heldOutSentences.ts was written by someone else. Labels are unchanged from the held-out run.
 */
export const fifthHeldOutSentences: readonly LabelledSentence[] = [
  // conditional
  s('Should my being out till three have worried you, I do apologise.', 'conditional'),
  s('if me using the joint card for the trip stressed u out then soz x', 'conditional'),
  s(
    'Assuming my comments at the barbecue landed badly, you have my apology.',
    'conditional',
    'feelings-shift',
  ),
  s('Forgive me, if forgiveness is even warranted here.', 'conditional', 'vague'),
  s('Where my drinking has caused you worry, I apologise unreservedly.', 'conditional'),
  s(
    'I apologize if forgetting our anniversary came off as careless.',
    'conditional',
    'feelings-shift',
  ),
  s("Insofar as the lie about Mark wounded you, I'm sorry for it.", 'conditional'),
  s('if i was out of order on the phone earlier then im sorry babe', 'conditional'),
  s(
    "In the event that my jealousy made you uncomfortable around your colleagues, I'm sorry.",
    'conditional',
  ),
  s("Apologies, assuming I did actually promise to come to your mum's.", 'conditional'),
  s("If I actually read your diary that night, then I'm sorry for it.", 'conditional'),
  s('Sorry if the texts to Jade looked dodgy.', 'conditional', 'feelings-shift'),
  s('If spending the holiday money without asking was a step too far, I apologise.', 'conditional'),
  s("I'm sorry for snapping at you, if I did snap.", 'conditional'),
  s('Sorry if I embarrassed you in front of Priya and Tom.', 'conditional'),
  s(
    "I'm sorry if my being cagey about the phone felt like hiding something.",
    'conditional',
    'feelings-shift',
  ),
  s("If I've been unfair about your friendship with Leo, I'm sorry.", 'conditional'),

  // feelings-shift
  s("I'm sorry the business with the loan has left you so rattled.", 'feelings-shift'),
  s('sorry ur so wound up about me going to the pub x', 'feelings-shift'),
  s('I regret that my message about your dad read as unkind.', 'feelings-shift'),
  s(
    "It's a shame you interpreted my silence as indifference, and I'm sorry for that.",
    'feelings-shift',
  ),
  s("I'm sorry that finding the receipts was such a shock for you.", 'feelings-shift'),
  s("I'm sorry the comment about your weight stung the way it did.", 'feelings-shift'),
  s('I apologise that my decision to stay out felt like a betrayal to you.', 'feelings-shift'),
  s("I'm sorry you're disappointed in me over the wedding speech.", 'feelings-shift'),
  s('So sorry you stumbled on the emails from Amy the way you did.', 'feelings-shift'),
  s(
    "I'm sorry you've been left feeling insecure since the conference.",
    'feelings-shift',
    'passive-voice',
  ),
  s("I'm sorry my joke at dinner didn't land well with you.", 'feelings-shift'),
  s("Sorry that you're taking the credit card news so badly.", 'feelings-shift'),
  s("I'm sorry you perceive my late nights as some kind of betrayal.", 'feelings-shift'),
  s("I'm sorry the gambling debt has shaken your confidence in us so much.", 'feelings-shift'),
  s(
    'I am sorry your evening was spoiled when you saw the photos.',
    'feelings-shift',
    'passive-voice',
  ),
  s("Sorry that it's been playing on your mind, love.", 'feelings-shift', 'vague'),

  // sorry-but
  s(
    "I'm sorry I lied about the bonus, but let's not pretend you'd have let me keep a penny of it.",
    'sorry-but',
    'blame-shift',
  ),
  s(
    'Sorry I missed the scan, but the client meeting was non-negotiable.',
    'sorry-but',
    'excuse-explanation',
  ),
  s('I apologise for the tone of my email; that said, the points in it still stand.', 'sorry-but'),
  s(
    'i know i shouldnt have gone thru ur phone n im sorry, but what was i meant to think??',
    'sorry-but',
    'blame-shift',
  ),
  s("I'm sorry I drank at your sister's christening, although it was a celebration.", 'sorry-but'),
  s(
    "I'm sorry about the affair, but our marriage had been dead for years.",
    'sorry-but',
    'blame-shift',
  ),
  s(
    "Yes, I'm sorry for the shouting. Then again, nobody's at their best at two in the morning.",
    'sorry-but',
  ),
  s("Sorry for not telling you about the debt, only I didn't want to ruin Christmas.", 'sorry-but'),
  s(
    "I'm sorry I forgot the anniversary, but in fairness you forgot mine two years ago.",
    'sorry-but',
    'blame-shift',
  ),
  s('My apologies for the comments about your mother, yet someone had to say it.', 'sorry-but'),
  s("I'm sorry I flirted with Dean, but honestly it was harmless.", 'sorry-but', 'minimiser'),
  s('I regret cancelling our trip, but you know I had to.', 'sorry-but', 'excuse-explanation'),
  s(
    "I'm sorry I kept the second phone from you; mind you, you never asked.",
    'sorry-but',
    'blame-shift',
  ),
  s('Sorry about last Saturday, but can we please drop it now?', 'sorry-but', 'vague', 'demanding'),
  s("I'm sorry I used the savings, but I was going to put it all back.", 'sorry-but', 'minimiser'),
  s(
    "I apologise for reading your messages, except I wouldn't have needed to if you'd been straight with me.",
    'sorry-but',
    'blame-shift',
  ),

  // passive-voice
  s('Some of the rent money got gambled away in March.', 'passive-voice'),
  s("Your diary was read, and I can't take that back.", 'passive-voice'),
  s('A fair bit of wine was drunk before the argument started.', 'passive-voice'),
  s('Things ended up being said at the party that were cruel.', 'passive-voice'),
  s('the messages to her got a bit flirty, I admit', 'passive-voice', 'minimiser'),
  s('Your birthday present somehow never got ordered.', 'passive-voice'),
  s('The credit card was maxed out over the summer.', 'passive-voice'),
  s('It all spiralled after the third drink.', 'passive-voice'),
  s('Regrettably, the appointment was missed and the deposit was lost.', 'passive-voice'),
  s('Lines were blurred between me and Hannah over those months.', 'passive-voice'),
  s('The door got slammed and the mirror got broken; I know how scary that was.', 'passive-voice'),
  s("Trust has been damaged, there's no denying it.", 'passive-voice'),
  s(
    "Private things you'd told me in confidence got repeated over dinner to half the table.",
    'passive-voice',
  ),
  s('By the end of that summer the facts had been quietly rearranged.', 'passive-voice'),
  s("I'm sorry that your calls were screened all week.", 'passive-voice'),
  s("Hundreds were spent on scratchcards that you didn't know about.", 'passive-voice'),

  // vague
  s('soz for all the drama babe x', 'vague'),
  s("I'd like to apologise for the events of recent weeks.", 'vague'),
  s("I'm sorry for the atmosphere in the house since the autumn.", 'vague'),
  s('Please accept my apologies for any distress caused.', 'vague', 'passive-voice'),
  s("I'm sorry for my behaviour, generally.", 'vague'),
  s('Sorry for being such a mess this year.', 'vague'),
  s("I'm sorry for all that business in the spring.", 'vague'),
  s("I'm sorry about how it all went down in Spain.", 'vague'),
  s("Forgive me for everything I've ever done wrong by you.", 'vague'),
  s("i'm sorry for whatever i said when i was drunk", 'vague'),
  s('I regret all of it, the lot.', 'vague'),
  s("Sorry for the mess I've made of things.", 'vague'),
  s("I'm sorry for what went on at Christmas.", 'vague'),
  s('My sincere apologies for any and all wrongdoing on my part.', 'vague'),
  s("I'm sorry for the stuff with Gemma.", 'vague'),
  s('Sorry about, you know, the thing.', 'vague'),

  // minimiser
  s('It was one kiss, at a leaving do, years ago.', 'minimiser'),
  s('I had a glass or two, nothing dramatic.', 'minimiser'),
  s('Honestly it was pocket money compared with what we earn.', 'minimiser'),
  s('I merely mentioned it to my brother in passing.', 'minimiser'),
  s("I wasn't trying to make you look stupid in front of them.", 'minimiser'),
  s('The whole thing lasted barely a fortnight.', 'minimiser'),
  s("it wasn't even a proper date, just coffee", 'minimiser'),
  s('My intentions were good, whatever it looked like.', 'minimiser'),
  s('I fibbed a tiny bit about where I was.', 'minimiser'),
  s('Forgetting one dinner reservation is hardly grounds for divorce.', 'minimiser'),
  s("I snapped for a second, that's all it was.", 'minimiser'),
  s('There was no harm intended when I said it.', 'minimiser'),
  s('I only borrowed it from the joint account for a few weeks.', 'minimiser'),
  s('Come on, it was a fib the size of a pea.', 'minimiser'),
  s('Sorry, I was only teasing about your cooking.', 'minimiser'),
  s('It was nothing serious, a few messages back and forth.', 'minimiser'),
  s('The last thing I wanted was to hurt you.', 'minimiser'),

  // blame-shift
  s(
    "You know full well what you're like when I come home late, so I didn't tell you.",
    'blame-shift',
  ),
  s('Half of this is on you, to be fair.', 'blame-shift'),
  s("Your mum's been in my ear for months, and it finally got to me.", 'blame-shift'),
  s(
    "If you'd paid me a bit of attention I wouldn't have gone looking for it elsewhere.",
    'blame-shift',
  ),
  s('You wound me up until I said it.', 'blame-shift'),
  s("The lads kept buying rounds and I couldn't say no.", 'blame-shift', 'excuse-explanation'),
  s('We were both pretty awful to each other that weekend.', 'blame-shift'),
  s("You never asked where the money went, so I assumed you didn't care.", 'blame-shift'),
  s(
    'Being married to someone so suspicious would make anyone secretive.',
    'blame-shift',
    'excuse-explanation',
  ),
  s("Work turned me into someone I'm not, and you got the worst of it.", 'blame-shift'),
  s("You're the one who said we should have more space.", 'blame-shift'),
  s("It's the pills the doctor put me on; they make me snappy.", 'blame-shift'),
  s("Let's not forget who started the shouting.", 'blame-shift'),
  s('She came on to me, not the other way round.', 'blame-shift'),
  s("It wasn't all me, you know that.", 'blame-shift'),
  s('Your jealousy is what pushed me to lie in the first place.', 'blame-shift'),

  // demanding
  s("I've said sorry about a hundred times now, what more do you want?", 'demanding'),
  s('Can we draw a line under it before your parents come on Sunday?', 'demanding'),
  s('i need u to be normal with me again by tomorrow pls', 'demanding'),
  s("It's time you forgave me and we got on with our lives.", 'demanding'),
  s("I'm not going to keep grovelling forever.", 'demanding'),
  s('Enough with the cold shoulder now.', 'demanding'),
  s('You promised for better or worse, so you should forgive me.', 'demanding'),
  s("I'd appreciate it if we never spoke about the loan again.", 'demanding'),
  s("Give it a week and we'll be back to how we were, yeah?", 'demanding'),
  s("Holding this over me isn't fair any more.", 'demanding'),
  s('Surely by now you can let the Vegas trip go.', 'demanding'),
  s("I've done my time on the sofa; it's only right you let me back in.", 'demanding'),
  s('The kids need us to be okay, so please stop dragging this out.', 'demanding'),
  s("I apologized properly, so the matter's closed as far as I'm concerned.", 'demanding'),
  s('Forgiving me is the least you could do after fifteen years.', 'demanding'),
  s('No more mentioning Sophie, agreed?', 'demanding'),

  // excuse-explanation
  s(
    "Between the night shifts and Dad's chemo, I barely knew what day it was, let alone our anniversary.",
    'excuse-explanation',
  ),
  s('My hands were tied; the bank wanted the money that week.', 'excuse-explanation'),
  s(
    'I was jet-lagged and hungry and my flight had been delayed six hours, so I lost it with you.',
    'excuse-explanation',
  ),
  s(
    'With my anxiety the way it is and the pressure from the promotion, the drinking crept back in.',
    'excuse-explanation',
    'passive-voice',
  ),
  s('It was the only option I had at the time.', 'excuse-explanation'),
  s(
    "There was the deadline, then the car broke down, then my phone died, so I couldn't let you know.",
    'excuse-explanation',
  ),
  s(
    'I kept it quiet because the timing was wrong and because Mum made me swear not to tell anyone.',
    'excuse-explanation',
    'blame-shift',
  ),
  s('What choice did I have, with the landlord threatening to evict us?', 'excuse-explanation'),
  s(
    "I'd been up since five, the meeting overran, and the M25 was a car park.",
    'excuse-explanation',
  ),
  s(
    'You have to see it from my side: I was grieving, I was drinking, and I was lonely.',
    'excuse-explanation',
  ),
  s('Any normal person would have snapped after a day like that.', 'excuse-explanation'),
  s(
    "I've had the kids every evening and a new job to learn, so the date went clean out of my head.",
    'excuse-explanation',
  ),
  s('There was simply no other way to keep the business afloat.', 'excuse-explanation'),
  s(
    'Honestly, the stress of the wedding planning plus the money worries turned me into a liar.',
    'excuse-explanation',
    'blame-shift',
  ),
  s(
    "It was late, I was tired, and I'd had a few, so I replied without thinking.",
    'excuse-explanation',
  ),
  s(
    'I was brought up in a house where nobody talked about money, and I panicked when the bills arrived, so hiding them felt like the only way.',
    'excuse-explanation',
  ),

  // evaluation-as-feeling
  s("I feel like you've been looking for a reason to leave.", 'evaluation-as-feeling'),
  s("Honestly I've felt sidelined ever since the baby came.", 'evaluation-as-feeling'),
  s("I feel you're twisting everything I say.", 'evaluation-as-feeling'),
  s('I feel cornered when you interrogate me about the receipts.', 'evaluation-as-feeling'),
  s('I felt belittled when you told your friends about the debt.', 'evaluation-as-feeling'),
  s('i feel like ur never gonna let me live this down', 'evaluation-as-feeling'),
  s('Sometimes I feel invisible to you.', 'evaluation-as-feeling'),
  s('I felt judged the second I walked in.', 'evaluation-as-feeling'),
  s('I feel that your family has turned you against me.', 'evaluation-as-feeling'),
  s("I feel neglected, and I think that's why I strayed.", 'evaluation-as-feeling', 'blame-shift'),
  s("I feel as though you're enjoying watching me squirm.", 'evaluation-as-feeling'),
  s('I felt trapped in this marriage, so I lied.', 'evaluation-as-feeling', 'blame-shift'),
  s("I've felt controlled by your rules about my phone.", 'evaluation-as-feeling'),
  s('I feel brushed aside whenever I open my mouth about my side.', 'evaluation-as-feeling'),
  s('I feel punished out of all proportion.', 'evaluation-as-feeling'),
  s('I felt unsupported during the whole redundancy.', 'evaluation-as-feeling'),

  // tricky negatives: "but" leading into a commitment or an admission
  s("I'm sorry I hid the overdraft from you, but from today you'll see every statement."),
  s("sorry i was vile to u last night. no excuses, but i'm booking the counsellor today x"),
  s(
    "I apologise for lying about Sunday, but an apology on its own isn't enough, so I've told my brother the truth as well.",
  ),
  s("I was drunk, but that's no defence for what I said to your father."),
  s("I'm not going to hide behind being tired; I was unkind to you and I'm sorry."),

  // tricky negatives: "we both", "nobody made me", "you made me"
  s('We both agreed no more secret spending, and I went behind your back anyway.'),
  s('We both know you warned me about the casino app, and I ignored you.'),
  s("No one forced me to send those messages; I wanted the attention and I'm ashamed of that."),
  s('Nobody pressured me, the lie was mine from start to finish.'),
  s("You made me promise to tell you if I slipped, and I didn't."),

  // tricky negatives: "just", "only", "not only"
  s("I've just now understood how frightening it was to find me on the floor."),
  s('What I did at the party was just humiliating for you, and I am sorry.'),
  s('The only person at fault for the drinking is me.'),
  s('I not only lied to you, I made you think you were imagining things.'),
  s("I only told you half the truth on Sunday, so here's the other half."),
  s("Forgiveness isn't something I'm owed; I'd just like the chance to prove I've quit."),
  s("I'm sorry, and I'll keep apologising in what I do, not just what I say."),
  s("It didn't just happen; I chose it every time I opened that app."),

  // tricky negatives: real feelings, and "I feel like I…"
  s('I feel ashamed every time I remember the look on your face.'),
  s('I feel guilty and sick about the money I took.'),
  s('I feel like I hid behind excuses instead of telling you the truth.'),
  s('I feel like I treated your trust as something I could spend.'),
  s('I feel heartbroken that I put you through this.'),
  s('I felt jealous and I let it turn me nasty.'),

  // tricky negatives: passives with "by me" or about the writer
  s('Your trust was broken by me, deliberately, more than once.'),
  s("The password was changed by me so you couldn't check."),
  s('I was told by the counsellor that I minimise things, and she is right.'),

  // tricky negatives: one reason followed by ownership
  s("I was frightened of how you'd react, and I chose to lie instead of facing that."),
  s(
    "I was diagnosed with depression last year; that explains some of my withdrawal, but it doesn't excuse the lying, and I own that.",
  ),
  s("I stayed out because I didn't want to face the argument, and that was cowardly of me."),
  s("I spent the money because I wanted to feel important, and I'm the only one responsible."),
  s("I forgot to pick Maisie up from school because I was on my phone, and I'm sorry."),

  // tricky negatives: "if", "whatever", "everything"
  s("If you want to see the bank statements, they're on the kitchen table."),
  s("I'll understand if you want to stay at your sister's for a while."),
  s("I'm sorry for everything I said about your brother at the funeral."),
  s("Whatever happens between us, I'll pay back every penny."),

  // sincere
  s("I'm sorry I called you pathetic in front of the kids; it was cruel and untrue."),
  s('I kept seeing Carl for four months after I promised I had stopped.'),
  s(
    "i'm so sorry i didn't come to the hospital with you. i chose the match over you and i hate that i did",
  ),
  s(
    'Dear Sam, I am writing to apologise for taking four thousand pounds from our savings without telling you.',
  ),
  s("I've cancelled the credit card and given you the PIN for every account."),
  s("Please ask me anything about that trip; I'll answer straight."),
  s("I'm sorry I accused you of cheating when it was me who was hiding things."),
  s("I promised I'd be sober for the wedding and I wasn't, and I'm sorry I ruined your day."),
  s('Your anger makes sense to me.'),
  s("You don't owe me another chance."),
  s("I'll be at the GA meeting every Tuesday, and you're welcome to come and see."),
  s("I'm sorry for checking your location forty times a day; that was controlling."),
  s('I made a promise about the phone and I broke it, knowingly.'),
  s("Whenever you're ready to talk, I'll listen without arguing."),
  s("I should have been honest about the debt from the start, and I wasn't."),
  s("The lie I told about Friday was a big one, and I won't pretend otherwise."),
  s('Of course you feel betrayed; I betrayed you.'),
  s('Sorry, sorry, sorry. I was horrible to you at the wedding and I know it.'),
  s('Please accept my unreserved apology for concealing my gambling from you.'),
  s('I honestly apologize for mocking your accent at the office party.'),
]
