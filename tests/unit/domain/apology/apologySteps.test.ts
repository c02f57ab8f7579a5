import { describe, expect, it } from 'vitest'
import { apologyStepById, apologySteps } from '@renderer/domain/apology/apologySteps'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { scoreComponents } from '@renderer/domain/apology/scoring/scoreComponents'

describe('the apology builder steps', () => {
  it('run from what happened to the optional request for forgiveness', () => {
    expect(apologySteps.map((s) => s.id)).toEqual([
      'what-happened',
      'regret',
      'responsibility',
      'explanation',
      'repentance',
      'repair',
      'forgiveness-request',
    ])
    expect(apologySteps.filter((s) => s.optional).map((s) => s.id)).toEqual(['forgiveness-request'])
  })

  it('each have a title, question, placeholder, reason and two examples', () => {
    for (const step of apologySteps) {
      for (const text of [
        step.title,
        step.question,
        step.placeholder,
        step.whyItMatters,
        step.goodExample,
        step.poorExample,
      ]) {
        expect(text.trim().length, step.id).toBeGreaterThan(3)
      }
    }
  })

  it('give good examples that the checker does not flag', () => {
    for (const step of apologySteps) expect(checkApology(step.goodExample), step.id).toEqual([])
  })

  it('give good examples that supply their own component', () => {
    for (const step of apologySteps) {
      if (step.component)
        expect(scoreComponents(step.goodExample).present, step.id).toContain(step.component)
    }
  })

  it('give poor examples the checker catches, where the flaw is one it looks for', () => {
    for (const id of [
      'what-happened',
      'regret',
      'responsibility',
      'explanation',
      'forgiveness-request',
    ] as const) {
      expect(checkApology(apologyStepById(id).poorExample).length, id).toBeGreaterThan(0)
    }
  })

  it('refuse an unknown step id loudly, as a bug', () => {
    expect(() => apologyStepById('nonsense' as never)).toThrow(/Unknown apology step/)
  })
})
