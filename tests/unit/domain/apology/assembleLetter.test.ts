import { describe, expect, it } from 'vitest'
import { assembleLetter, letterParagraphs } from '@renderer/domain/apology/assembleLetter'

const answers = {
  'what-happened': 'On Friday I told you I was at work when I was at the pub.',
  regret: "I'm sorry I lied to you.",
  responsibility: 'That was my choice.',
  explanation: 'I think I was avoiding the conversation about money.',
  repentance: 'From now on I will tell you where I am.',
  repair: 'Would it help if we sat down with the accounts on Sunday?',
  'forgiveness-request': 'When you are ready, I hope you can forgive me.',
}

describe('assembling the letter', () => {
  it('opens with the apology and groups the steps into natural paragraphs', () => {
    expect(assembleLetter(answers)).toBe(
      [
        "I'm sorry I lied to you. On Friday I told you I was at work when I was at the pub. That was my choice.",
        'I think I was avoiding the conversation about money.',
        'From now on I will tell you where I am. Would it help if we sat down with the accounts on Sunday?',
        'When you are ready, I hope you can forgive me.',
      ].join('\n\n'),
    )
  })

  it('adds a greeting and sign-off only when given', () => {
    const letter = assembleLetter(
      { regret: "I'm sorry." },
      { greeting: ' Dear Sam, ', signOff: 'Love,\nAlex' },
    )
    expect(letter).toBe("Dear Sam,\n\nI'm sorry.\n\nLove,\nAlex")
    expect(assembleLetter({ regret: "I'm sorry." }, { greeting: '  ', signOff: '' })).toBe(
      "I'm sorry.",
    )
  })

  it('skips empty steps and tidies spacing, capitals and full stops', () => {
    const letter = assembleLetter({
      regret: '   ',
      responsibility: '  i broke   my promise  ',
      repair: '',
      repentance: 'I will call if I am late!',
    })
    expect(letter).toBe('I broke my promise.\n\nI will call if I am late!')
  })

  it('keeps an answer written as several paragraphs', () => {
    const paragraphs = letterParagraphs({
      regret: "I'm sorry.\n\n\n\nI have been thinking about it all week.",
      'what-happened': 'I missed your birthday.',
    })
    expect(paragraphs).toEqual([
      {
        stepIds: ['regret', 'what-happened'],
        text: "I'm sorry.\n\nI have been thinking about it all week.\n\nI missed your birthday.",
      },
    ])
  })

  it('says which steps each paragraph came from', () => {
    expect(letterParagraphs(answers).map((p) => p.stepIds)).toEqual([
      ['regret', 'what-happened', 'responsibility'],
      ['explanation'],
      ['repentance', 'repair'],
      ['forgiveness-request'],
    ])
  })

  it('returns an empty letter, without greeting, when nothing is written', () => {
    expect(assembleLetter({}, { greeting: 'Dear Sam,' })).toBe('')
  })
})
