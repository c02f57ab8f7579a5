import { describe, expect, it } from 'vitest'
import { componentWeights } from '@renderer/domain/apology/scoring/componentWeights'
import { scoreComponents } from '@renderer/domain/apology/scoring/scoreComponents'

describe('component weights', () => {
  it('add up to 100, with responsibility and repair highest and forgiveness lowest', () => {
    const weights = Object.values(componentWeights)
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100)
    expect(componentWeights.responsibility).toBe(Math.max(...weights))
    expect(componentWeights.repair).toBeGreaterThan(componentWeights.regret)
    expect(componentWeights.repair).toBeGreaterThan(componentWeights.repentance)
    expect(componentWeights['forgiveness-request']).toBe(Math.min(...weights))
  })
})

describe('scoring a letter', () => {
  it('finds each component in plain writing', () => {
    const cases = [
      ["I'm so sorry.", 'regret'],
      ['I lied to you about the money.', 'responsibility'],
      ['It was my fault, nobody else’s.', 'responsibility'],
      ['I think I did it because I was scared of losing you.', 'explanation'],
      ['From now on I will tell you where I am.', 'repentance'],
      ['I’d like to make it up to you. What would help?', 'repair'],
      ['Could you forgive me, when you’re ready?', 'forgiveness-request'],
    ] as const
    for (const [text, component] of cases) {
      expect(scoreComponents(text).present, text).toContain(component)
    }
  })

  it('does not take a denial or a refused promise as a component', () => {
    expect(scoreComponents('I never lied to you.').present).not.toContain('responsibility')
    expect(scoreComponents("I can't promise it won't happen again.").present).not.toContain(
      'repentance',
    )
  })

  it('gives 100 and no hint when all six are there', () => {
    const letter = `I'm sorry I read your diary. It was my choice and it was wrong. I think I did it because I felt insecure.
From now on I will ask you instead. I'd like to make it right: would it help to talk every Sunday? When you're ready, I hope you can forgive me.`
    const score = scoreComponents(letter)
    expect(score.score).toBe(100)
    expect(score.missing).toEqual([])
    expect(score.hint).toBeNull()
  })

  it('coaches on responsibility first when it is missing', () => {
    const score = scoreComponents("I'm sorry. From now on I will be home by ten.")
    expect(score.present).toEqual(['regret', 'repentance'])
    expect(score.score).toBe(30)
    expect(score.hint?.component).toBe('responsibility')
    expect(score.hint?.text).toMatch(/what you did/)
  })

  it('coaches on repair once responsibility is there', () => {
    expect(scoreComponents("I lied to you and I'm sorry.").hint?.component).toBe('repair')
  })

  it('presents the forgiveness request as optional when it is all that is missing', () => {
    const score = scoreComponents(
      "I'm sorry I hid the bill. It was my choice. I did it because I panicked. I will show you every statement. Let me pay it back.",
    )
    expect(score.score).toBe(95)
    expect(score.hint?.component).toBe('forgiveness-request')
    expect(score.hint?.text).toMatch(/fine to leave this out/)
  })

  it('scores an empty draft as 0 and coaches on responsibility', () => {
    expect(scoreComponents('')).toMatchObject({
      score: 0,
      present: [],
      hint: { component: 'responsibility' },
    })
  })
})

describe('scoring builder answers', () => {
  it('counts an answered step as its component, and reads every answer for more', () => {
    const score = scoreComponents({
      'what-happened': 'I took money from our savings without telling you.',
      repair: 'Would it help if I paid it back this month?',
      'forgiveness-request': '   ',
    })
    expect(score.present).toEqual(['responsibility', 'repair'])
    expect(score.score).toBe(55)
    expect(score.hint?.component).toBe('regret')
  })
})
