import { describe, it } from 'vitest'
import { expectCases } from './categoryCases'

describe('regret aimed at how the act was received', () => {
  it('flags an impression predicate after the apology, whoever did the act', () => {
    expectCases([
      ["I'm sorry my note came off as cold.", ['feelings-shift']],
      ['Sorry that the toast read as a dig at your family.', ['feelings-shift']],
      ["I'm sorry my comment about the house didn't land the way I meant.", ['feelings-shift']],
      ['I regret that the hug looked like pity.', ['feelings-shift']],
      ["I'm sorry I read your letter without asking.", []],
      ["I'm sorry I looked through your bag.", []],
    ])
  })

  it('flags the partner as the one perceiving, or as left in a state by something unnamed', () => {
    expectCases([
      ["I'm sorry you perceive the trip as a snub.", ['feelings-shift']],
      ["I'm sorry the news about the flat has left you so shaken.", ['feelings-shift']],
      ["I'm sorry that seeing the bill was such a blow for you.", ['feelings-shift']],
      ["It's a pity you interpreted the gift that way, and I'm sorry.", ['feelings-shift']],
      ["I'm sorry I left you alone at the station.", []],
      ['I understand you perceive me as unreliable now, and I earned that.', []],
    ])
  })
})

describe('conditions opened by words other than "if"', () => {
  it('hears assuming, where, insofar as and in the event that as hanging the apology', () => {
    expectCases([
      ["Assuming the joke hurt you, I'm sorry.", ['conditional']],
      ['Where my temper frightened you, I apologise.', ['conditional']],
      ["Insofar as I was rude to your friends, I'm sorry.", ['conditional']],
      ["In the event that I upset your sister, I'm sorry.", ['conditional']],
      ['Sorry, assuming I really did say it.', ['conditional']],
      ["I'm sorry I shouted where the children could hear.", []],
      ["Assuming nothing, I'll tell you everything tonight.", []],
    ])
  })

  it('knows "soz" as an apology word', () => {
    expectCases([
      ['if i was rude to ur mum then soz', ['conditional']],
      ['soz for lying about the concert', []],
    ])
  })
})

describe('closure pressed by a limit on their hurt or on the writer penance', () => {
  it('flags a grudge or penance said to have gone on long enough', () => {
    expectCases([
      ["Punishing me like this isn't fair any more.", ['demanding']],
      ["I won't keep apologising forever.", ['demanding']],
      ['Enough with the silent treatment.', ['demanding']],
      ["I'm not going to keep lying to you.", []],
      ["Enough is enough with the drinking; I've booked the clinic.", []],
    ])
  })

  it('hears forgiveness by lemma, a long "let … go", and a duty called only right', () => {
    expectCases([
      ["It's time you forgave me.", ['demanding']],
      ['Surely you can let the business with the car go.', ['demanding']],
      ["It's only fair you let me come home.", ['demanding']],
      ["Let me know when you're ready to talk.", []],
      ["It's only fair that I pay back every penny.", []],
    ])
  })

  it('flags the matter declared closed and exasperation at what more is wanted', () => {
    expectCases([
      ["I've said sorry, so as far as I'm concerned the subject is closed.", ['demanding']],
      ['What more do you want from me?', ['demanding']],
      ['What more can I do to show you I have changed?', []],
    ])
  })
})

describe('blame moved by the shape of the sentence', () => {
  it('flags an accusing feeling offered as the cause of the act', () => {
    expectCases([
      [
        'I felt ignored, so I went out without telling you.',
        ['blame-shift', 'evaluation-as-feeling'],
      ],
      ["I felt abandoned, and that's why I called her.", ['blame-shift', 'evaluation-as-feeling']],
      ['I felt ashamed, so I told you everything.', []],
    ])
  })

  it('flags the partner doing the same thing the writer apologised for', () => {
    expectCases([
      ["I'm sorry I missed the dinner, but you missed my birthday.", ['blame-shift', 'sorry-but']],
      ["I'm sorry I lied, but you know I hate lying.", ['sorry-but']],
    ])
  })

  it('flags causes that turn the writer into someone, or would make anyone do it', () => {
    expectCases([
      ['The pressure at home turned me into a liar.', ['blame-shift']],
      ['Living with your temper would make anyone cagey.', ['blame-shift']],
      ['Therapy turned me into someone who tells the truth.', []],
    ])
  })

  it('flags a fault shared out between "we" and "each other"', () => {
    expectCases([
      ['We were both so cruel to each other that summer.', ['blame-shift']],
      ['We were honest with each other for the first time last night.', []],
    ])
  })
})

describe('apologies for an atmosphere or for wrongdoing in general', () => {
  it('treats events, atmosphere and wrongdoing as naming nothing', () => {
    expectCases([
      ["I'm sorry for the events of last month.", ['vague']],
      ['Apologies for any wrongdoing.', ['vague']],
      ["I'm sorry for the atmosphere I brought home.", ['vague']],
      ["I'm sorry for the lie I told you about the event on Friday.", []],
    ])
  })
})
