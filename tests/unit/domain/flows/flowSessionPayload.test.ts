import { describe, expect, it } from 'vitest'
import { flowLibrary } from '@renderer/domain/flows/flowLibrary'
import { parseFlowSession } from '@renderer/domain/flows/flowSessionPayload'

const saved = {
  version: 1,
  flowId: 'daily-check-in',
  status: 'paused',
  stepIndex: 2,
  answers: { mood: 3, trust: 4 },
  skipped: [],
  errors: {},
}

describe('parseFlowSession', () => {
  it('restores a paused flow exactly where it was left', () => {
    const result = parseFlowSession(JSON.parse(JSON.stringify(saved)), flowLibrary)
    expect(result.ok && result.value.flow.id).toBe('daily-check-in')
    expect(result.ok && result.value.state).toEqual(saved)
  })

  it('brings back a session saved mid-step as paused, so the person resumes it', () => {
    const result = parseFlowSession({ ...saved, status: 'active' }, flowLibrary)
    expect(result.ok && result.value.state.status).toBe('paused')
  })

  it('drops answers to steps that no longer exist and keeps the position inside the flow', () => {
    const result = parseFlowSession(
      { ...saved, stepIndex: 40, answers: { mood: 3, gone: 'x' }, skipped: ['gone'] },
      flowLibrary,
    )
    expect(result.ok && result.value.state).toMatchObject({
      stepIndex: 5,
      answers: { mood: 3 },
      skipped: [],
    })
  })

  it('explains what to do when the flow is no longer offered', () => {
    const result = parseFlowSession({ ...saved, flowId: 'retired' }, flowLibrary)
    expect(!result.ok && result.error.code).toBe('flow-not-found')
  })

  it('explains what to do when the record cannot be read', () => {
    const result = parseFlowSession({ flowId: 'daily-check-in' }, flowLibrary)
    expect(!result.ok && result.error.message).toMatch(/could not be read/)
  })
})
