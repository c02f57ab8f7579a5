import { describe, expect, it } from 'vitest'
import { checkFlowDefinition } from '@renderer/domain/flows/checkFlowDefinition'
import { findFlow, flowLibrary } from '@renderer/domain/flows/flowLibrary'

describe('the built-in guided flows', () => {
  it('are sound data with unique ids', () => {
    for (const flow of flowLibrary) expect(checkFlowDefinition(flow), flow.id).toEqual([])
    expect(new Set(flowLibrary.map((f) => f.id)).size).toBe(flowLibrary.length)
  })

  it('follow the steps the issue describes, in order', () => {
    const steps = Object.fromEntries(flowLibrary.map((f) => [f.id, f.steps.map((s) => s.id)]))
    expect(steps).toEqual({
      'daily-check-in': ['mood', 'trust', 'appreciated', 'kept-my-word', 'need'],
      'prepare-hard-conversation': ['what-happened', 'feel', 'need', 'ask', 'listen'],
      'listening-notes': ['partner-said', 'partner-feels', 'understand-better'],
      'after-setback': ['what-happened', 'own', 'felt', 'next-time', 'kind-word'],
      'celebrate-progress': ['small-wins', 'made-possible', 'week-felt'],
    })
  })

  it('give every step a question and a gentle hint', () => {
    for (const step of flowLibrary.flatMap((f) => f.steps)) {
      expect(step.question).toMatch(/\?$/)
      expect(step.hint.length).toBeGreaterThan(10)
    }
  })

  it('fills the entry mood and trust from the daily check-in', () => {
    const checkIn = findFlow(flowLibrary, 'daily-check-in')
    const fields = checkIn?.steps.map((s) => (s.type === 'rating' ? s.entryField : undefined))
    expect(fields).toEqual(['mood', 'trust', undefined, undefined, undefined])
    expect(findFlow(flowLibrary, 'missing')).toBeNull()
  })
})
