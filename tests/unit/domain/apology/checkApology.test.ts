import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { expectCases } from './categoryCases'

describe('conditional apologies', () => {
  it('flags an apology that hangs on "if", "in case" or "to the extent"', () => {
    expectCases([
      ["I'm sorry if I raised my voice.", ['conditional']],
      ['I apologise in case the joke went too far.', ['conditional']],
      ['If I let you down again, I am sorry.', ['conditional']],
      ['Forgive me if I seemed cold on the phone.', ['conditional']],
    ])
  })

  it('leaves alone an "if" that offers, allows or imagines', () => {
    expectCases([
      ["If you ever want to talk, I'm here.", []],
      ["I'd understand if you need time.", []],
      ["If I'm honest, I'm sorry I didn't tell you sooner.", []],
      ['Even if you never forgive me, I will keep my promises.', []],
    ])
  })
})

describe('feelings shifts', () => {
  it('flags regret aimed at the other person’s reaction', () => {
    expectCases([
      ["I'm sorry you feel so hurt.", ['feelings-shift']],
      ['Sorry you were upset about the car.', ['feelings-shift']],
      ["I'm sorry the joke came across badly.", ['feelings-shift']],
    ])
  })

  it('leaves alone regret that names the writer as the cause', () => {
    expectCases([
      ["I'm sorry I made you feel unwanted.", []],
      ["I'm sorry my lying made you feel foolish.", []],
      ['I know you feel hurt, and I caused it.', []],
    ])
  })
})

describe('sorry, but', () => {
  it('flags a "but" or "however" that takes the apology back', () => {
    expectCases([
      ["I'm sorry, but I was only trying to help.", ['sorry-but', 'minimiser']],
      ['I apologise for the tone; however, my point stands.', ['sorry-but']],
      ["I'm sorry. But you have to see it from my side.", ['sorry-but']],
    ])
  })

  it('leaves alone a "but" that leads to a commitment, or comes before the apology', () => {
    expectCases([
      ["I'm sorry. I know words aren't enough, but I will show you.", []],
      ["I'm sorry, but I know that doesn't undo it, and I will keep showing up.", []],
      ["I'm not sorry I told you the truth, but I am sorry I hid it so long.", []],
      ["I'm not only sorry, but ashamed.", []],
      ["I'm sorry, not because I was caught but because I hurt you.", []],
    ])
  })
})

describe('passive and agentless voice', () => {
  it('flags harm told without its doer', () => {
    expectCases([
      ['Mistakes were made.', ['passive-voice']],
      ['Things were said that night.', ['passive-voice']],
      ['Your diary was read.', ['passive-voice']],
      ['Things got out of hand.', ['passive-voice']],
    ])
  })

  it('leaves alone a passive that names the doer or is not about the harm', () => {
    expectCases([
      ['The promise was broken by me.', []],
      ['Your trust was broken because I chose to lie.', []],
      ['I was raised to keep quiet about money.', []],
      ['The table is booked for eight.', []],
    ])
  })
})

describe('vagueness', () => {
  it('flags an apology that never names what it is for', () => {
    expectCases([
      ["I'm sorry for whatever I did.", ['vague']],
      ['Sorry for everything.', ['vague']],
      ["I'm sorry about the other day.", ['vague']],
      ['I apologise for any upset caused.', ['vague']],
    ])
  })

  it('leaves alone an apology that names the act, or "everything" that is not the apology', () => {
    expectCases([
      ["I'm sorry for reading your messages on Saturday.", []],
      ['I will do everything I can to make this right.', []],
      ['I am sorry for all the evenings I spent at the pub instead of with you.', []],
    ])
  })
})

describe('minimisers', () => {
  it('flags words that shrink the act or put intent first', () => {
    expectCases([
      ['I just texted her a few times.', ['minimiser']],
      ['It was only one drink.', ['minimiser']],
      ["I didn't mean it.", ['minimiser']],
      ['It was only a joke.', ['minimiser']],
      ["It wasn't a big deal.", ['minimiser']],
    ])
  })

  it('leaves alone "just" meaning justice or recently, and "only" that narrows the blame', () => {
    expectCases([
      ['You deserve justice and a full answer.', []],
      ['I just now understood how much this hurt.', []],
      ['That was just cruel of me.', []],
      ['The promise was broken by me, and only me.', []],
      ['I have only myself to blame.', []],
    ])
  })
})

describe('blame shifting and sharing', () => {
  it('flags moving the cause or a share of the blame', () => {
    expectCases([
      ['You made me do it.', ['blame-shift']],
      ["If you hadn't pushed me, I wouldn't have lied.", ['blame-shift']],
      ['We both made mistakes.', ['blame-shift']],
      ['You have to accept your part in this.', ['blame-shift']],
      ['I lied because you always overreact.', ['blame-shift']],
    ])
  })

  it('leaves alone an agreement, or a sentence that clears the partner', () => {
    expectCases([
      ['We both agreed to the check-ins, and I stopped doing them.', []],
      ['Nobody made me do it.', []],
      ['You need to know that none of this was your fault.', []],
      ['You made me a better person, and I forgot that.', []],
    ])
  })
})

describe('demanding forgiveness or a timeline', () => {
  it('flags forgiveness or closure asked for as a duty or on a timetable', () => {
    expectCases([
      ['You need to get over it.', ['demanding']],
      ['You have to forgive me.', ['demanding']],
      ['I need you to move on by next week.', ['demanding']],
      ['Stop bringing it up.', ['demanding']],
    ])
  })

  it('leaves alone patience, hope and a free request', () => {
    expectCases([
      ['Take all the time you need.', []],
      ["You don't have to forgive me.", []],
      ['I hope one day you can forgive me.', []],
      ['When you are ready, would you consider forgiving me?', []],
    ])
  })
})

describe('explanations that turn into excuses', () => {
  it('flags piled-up reasons with nothing owned, and "I had no choice"', () => {
    expectCases([
      ['I forgot because work was mad, my phone died and I was exhausted.', ['excuse-explanation']],
      ['I had no choice.', ['excuse-explanation']],
      [
        'I was stressed. The kids were ill. Money was tight, because the car broke down.',
        ['excuse-explanation'],
      ],
    ])
  })

  it('leaves alone one reason followed by ownership, and "since" about time', () => {
    expectCases([
      ["I was exhausted, but that doesn't excuse what I said.", []],
      ['I lied because I was scared, and that was my choice.', []],
      ['That was my choice. I did it because I was scared and I was ashamed.', []],
      ['Since Sunday, I have told you the truth about everything.', []],
    ])
  })
})

describe('evaluations posing as feelings', () => {
  it('flags "I feel you…" and words that accuse', () => {
    expectCases([
      ['I feel you ignored me.', ['evaluation-as-feeling']],
      ['I feel abandoned.', ['evaluation-as-feeling']],
      ['I felt manipulated.', ['evaluation-as-feeling']],
      ["I feel like you don't listen.", ['evaluation-as-feeling']],
    ])
  })

  it('leaves alone real feelings and the writer’s own conduct', () => {
    expectCases([
      ['I feel ashamed and sad.', []],
      ['I feel like I failed you.', []],
      ['I know you felt ignored.', []],
    ])
  })
})

describe('a sincere apology', () => {
  it('draws no findings at all', () => {
    const letter = `I'm sorry I lied to you about the money. It was my choice, and it was wrong.

I think I hid it because I was ashamed; that is not an excuse. From now on, every statement comes to both of us.

I'd like to pay it back from my wages, starting this month. When you're ready, and only if you want to, I hope you can forgive me.`
    expect(checkApology(letter)).toEqual([])
  })

  it('returns nothing for empty or blank text', () => {
    expect(checkApology('')).toEqual([])
    expect(checkApology('   \n\n  ')).toEqual([])
  })
})
