import { describe, it } from 'vitest'
import { expectCases } from './categoryCases'

describe('conditions and contrasts placed anywhere in the sentence', () => {
  it('flag an if-clause trailing after the apology, unless it offers or allows', () => {
    expectCases([
      ['I regret raising my voice, if it frightened you.', ['conditional']],
      ["I'm sorry I lied, and I'll tell you the rest if you want to hear it.", []],
      ["I'm sorry I shouted, even if you don't believe me yet.", []],
    ])
  })

  it('treat "still," "that said" and "in my defence" as a "but", across sentences too', () => {
    expectCases([
      ["I'm sorry I raised my voice; still, someone had to say it.", ['sorry-but']],
      ['I apologise for the comment. That said, I stand by the point.', ['sorry-but']],
      ["I'm sorry. I still think about that night every day.", []],
      ["I'm sorry; that said, I will never ask you to forget it.", []],
    ])
  })
})

describe('reactions and omissions found through verbs rather than set phrases', () => {
  it('see the partner’s reaction behind helpers like "have", "had to" and "ended up"', () => {
    expectCases([
      ["I'm sorry you've found the last few weeks so hard.", ['feelings-shift']],
      ['Sorry you ended up crying over it.', ['feelings-shift']],
      ["I'm sorry the truth was so hard for you to take.", ['feelings-shift']],
      ["I'm sorry I made the last few weeks so hard for you.", []],
      ["I'm sorry you had to hear it from your brother instead of from me.", []],
    ])
  })

  it('flag things that "went unpaid" with no one named, and agentless blow-ups', () => {
    expectCases([
      ['The bills went unpaid for months.', ['passive-voice']],
      ['It all snowballed from there.', ['passive-voice']],
      ['The bills went unpaid because of me.', []],
    ])
  })
})

describe('size, intent and the partner’s character', () => {
  it('flag downtoners and denied aims, but not struggle or admissions', () => {
    expectCases([
      ['I was somewhat short with you.', ['minimiser']],
      ['I never set out to hurt anyone.', ['minimiser']],
      ["It really wasn't as serious as you're making out.", ['minimiser']],
      ['I barely slept after you found out, and I deserved that.', []],
      ['I only gave you excuses when you deserved answers.', []],
      ['I have just signed up for the budgeting course.', []],
    ])
  })

  it('flag the partner’s traits and failings set beside the apology', () => {
    expectCases([
      ['You can be so cold sometimes.', ['blame-shift']],
      [
        "I'm sorry I lied, but you never gave me room to tell the truth.",
        ['sorry-but', 'blame-shift'],
      ],
      ['You make it really difficult to talk to you.', ['blame-shift']],
      ["It's not entirely my fault.", ['blame-shift']],
      ['I told you that you were paranoid, and that was cruel of me.', []],
      ['You were right to be angry, and I understand why you were so cold to me.', []],
      ["If you'd rather I stayed at my brother's, I will.", []],
    ])
  })
})

describe('closure, excuses and evaluations recognised by their structure', () => {
  it('flag closure pressed on the partner in any tense, not hopes or offers', () => {
    expectCases([
      ['Can we please just move on?', ['demanding']],
      ["It's time we put this behind us.", ['demanding']],
      ["You can't hold this against me forever.", ['demanding']],
      ['Can you forgive me, when you’re ready?', []],
      ["It's time I stopped making excuses.", []],
      ['Whenever you want to stop talking about it, just say so.', []],
    ])
  })

  it('count hardships and deprivations as reasons, and hear "no other option"', () => {
    expectCases([
      [
        "Work has been brutal, my dad's been ill, and I haven't been sleeping.",
        ['excuse-explanation'],
      ],
      ['I couldn’t see another way.', ['excuse-explanation']],
      ['Any parent would have done what I did.', ['excuse-explanation']],
      ["There's no other way to say this: I cheated.", []],
      ['Anyone would have been hurt by what I did.', []],
      ["Since I stopped drinking, I've been able to think clearly.", []],
    ])
  })

  it('read an accusing participle after "I feel" as an evaluation, not a feeling of one’s own', () => {
    expectCases([
      ['I feel stonewalled every time I try to talk.', ['evaluation-as-feeling']],
      ['I felt pushed aside when you went back to work.', ['evaluation-as-feeling']],
      ["I've been feeling unvalued for months.", ['evaluation-as-feeling']],
      ["It feels like you don't care any more.", ['evaluation-as-feeling']],
      ['I felt overwhelmed and I handled it badly.', []],
      ['I felt humiliated by my own behaviour.', []],
      ['I feel unprepared for how much work this will take.', []],
      ['I felt trusted by you, and I threw that away.', []],
    ])
  })
})
