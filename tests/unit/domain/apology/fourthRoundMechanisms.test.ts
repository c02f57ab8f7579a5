import { describe, it } from 'vitest'
import { expectCases } from './categoryCases'

describe('excuses heard in idioms of being cornered or worn out', () => {
  it('treat "nothing else I could do", "no way out" and tied hands as having had no choice', () => {
    expectCases([
      ['There was nothing else I could do by then.', ['excuse-explanation']],
      ['I saw no way out of it.', ['excuse-explanation']],
      ['Our hands were tied by the bank.', ['excuse-explanation']],
      ['There was nothing else I wanted to say.', []],
      ['I will find a way around my temper.', []],
    ])
  })

  it('count slang for exhaustion and overload idioms as reasons, two of which make an excuse', () => {
    expectCases([
      ['I was shattered and the bills had piled up.', ['excuse-explanation']],
      ['I was swamped and running on fumes.', ['excuse-explanation']],
      ['I was shattered, but that is no excuse for shouting.', []],
    ])
  })
})

describe('size judged by what it is said of', () => {
  it('leave "hardly" and "barely" alone when they describe another person or a struggle', () => {
    expectCases([
      ['I hardly touched the money.', ['minimiser']],
      ['She is hardly a stranger to this.', []],
      ['I barely had time to sleep that week.', []],
    ])
  })

  it('flag a denied importance, "as if I…" and a stack of small words', () => {
    expectCases([
      ["I honestly didn't think it mattered.", ['minimiser']],
      ["It's not as though I spent all of it.", ['minimiser']],
      ['It was a stupid little flirt.', ['minimiser']],
      ["It doesn't matter why I did it; I did it.", []],
    ])
  })

  it('hear how little it took as the size of the harm, not a shrinking of it', () => {
    expectCases([['It only took one text to break what we had, and I sent it.', []]])
  })
})

describe('blame handed on by comparison, share or provocation', () => {
  it('flag denied innocence of anyone but the writer', () => {
    expectCases([
      ["She's no saint either.", ['blame-shift']],
      ["They're hardly blameless in this.", ['blame-shift']],
      ["I'm no saint, and I know it.", []],
    ])
  })

  it('flag another person’s part told as help withheld, a share placed, or a worse record', () => {
    expectCases([
      ["Their constant teasing didn't exactly help.", ['blame-shift']],
      ['Some of it is down to him.', ['blame-shift']],
      ["You've done far worse.", ['blame-shift']],
      ["My drinking didn't help.", []],
    ])
  })

  it('flag the writer worn down or set off by someone else', () => {
    expectCases([
      ['Your silences wore me down.', ['blame-shift']],
      ['You know how I am when your phone is off.', ['blame-shift']],
      ['Nobody wore me down; I gave in.', []],
    ])
  })
})

describe('closure pressed through framing, debt and bans', () => {
  it('hear "can" as a duty only when framed by "surely", "already" or "after all this time"', () => {
    expectCases([
      ['Surely you can forgive me now.', ['demanding']],
      ['After all this time, you could move on.', ['demanding']],
      ['You can forgive me or not; it is yours to decide.', []],
    ])
  })

  it('flag forgiveness owed, a timetable asked, and a ban on raising the hurt again', () => {
    expectCases([
      ['You owe it to us to move on.', ['demanding']],
      ['How much longer will you stay cold with me?', ['demanding']],
      ['Never mention that night again.', ['demanding']],
      ["Don't mention the party to your mum.", []],
    ])
  })
})

describe('apologies that still do not name the act', () => {
  it('flag "the lot", conduct with only a time, and a bare "what I put you through"', () => {
    expectCases([
      ["I'm sorry for the lot.", ['vague']],
      ['I apologise for my actions lately.', ['vague']],
      ['I regret what I caused.', ['vague']],
      ["I'm sorry for a lot of the things I said about your job.", []],
      ['I apologise for my behaviour towards your friends at dinner.', []],
    ])
  })

  it('flag "the whole thing" as the subject of what the apology is for', () => {
    expectCases([
      ["I'm sorry the whole thing dragged on for so long.", ['vague']],
      ["I'm sorry the lie I told dragged on for so long.", []],
    ])
  })
})

describe('conditions of degree and over-reading', () => {
  it('treat "to whatever extent" like "to the extent that", but not "to some extent"', () => {
    expectCases([
      ["To any extent my temper scared you, I'm sorry.", ['conditional']],
      ["I'm sorry; to some extent I still don't understand why I did it.", []],
    ])
  })

  it('hear "you read too much into it" as regret aimed at their reading', () => {
    expectCases([["I'm sorry you read too much into my texts.", ['feelings-shift']]])
  })
})
