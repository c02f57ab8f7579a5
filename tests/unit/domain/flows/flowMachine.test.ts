import { describe, expect, it } from 'vitest'
import { dailyCheckIn } from '@renderer/domain/flows/definitions/dailyCheckIn'
import {
  currentStep,
  flowProgress,
  initialFlowState,
  reduceFlow,
} from '@renderer/domain/flows/flowMachine'
import type { FlowAction, FlowDefinition, FlowState } from '@renderer/domain/flows/types'

function run(flow: FlowDefinition, actions: readonly FlowAction[], from?: FlowState): FlowState {
  return actions.reduce(
    (state, action) => reduceFlow(flow, state, action),
    from ?? initialFlowState(flow),
  )
}

const flow = dailyCheckIn

describe('the guided flow machine', () => {
  it('starts on the first step with nothing answered', () => {
    const state = run(flow, [{ type: 'start' }])
    expect(state.status).toBe('active')
    expect(currentStep(flow, state)?.id).toBe('mood')
    expect(flowProgress(flow, state)).toMatchObject({
      stepNumber: 1,
      stepCount: 5,
      isFirstStep: true,
    })
  })

  it('moves on after a valid answer and reports progress', () => {
    const state = run(flow, [{ type: 'start' }, { type: 'answer', value: 4 }, { type: 'next' }])
    expect(currentStep(flow, state)?.id).toBe('trust')
    expect(flowProgress(flow, state)).toMatchObject({ stepNumber: 2, fraction: 0.2 })
  })

  it('stays on a required step with a calm message until it is answered', () => {
    const state = run(flow, [{ type: 'start' }, { type: 'next' }])
    expect(state.stepIndex).toBe(0)
    expect(state.errors.mood).toMatch(/Choose one of the five answers/)
    const answered = run(flow, [{ type: 'answer', value: 2 }], state)
    expect(answered.errors).toEqual({})
  })

  it('refuses to skip a required step and explains why', () => {
    const state = run(flow, [{ type: 'start' }, { type: 'skip' }])
    expect(state.stepIndex).toBe(0)
    expect(state.errors.mood).toMatch(/cannot be skipped/)
  })

  it('skips an optional step, forgetting anything typed there', () => {
    const state = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 3 },
      { type: 'next' },
      { type: 'answer', value: 3 },
      { type: 'next' },
      { type: 'answer', value: 'half a thought' },
      { type: 'skip' },
    ])
    expect(currentStep(flow, state)?.id).toBe('kept-my-word')
    expect(state.answers).not.toHaveProperty('appreciated')
    expect(state.skipped).toEqual(['appreciated'])
  })

  it('goes back without losing answers', () => {
    const state = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 5 },
      { type: 'next' },
      { type: 'back' },
    ])
    expect(state.stepIndex).toBe(0)
    expect(state.answers.mood).toBe(5)
    expect(run(flow, [{ type: 'back' }], state).stepIndex).toBe(0)
  })

  it('reaches a review page after the last step, then finishes', () => {
    const answers: FlowAction[] = [
      { type: 'start' },
      { type: 'answer', value: 4 },
      { type: 'next' },
      { type: 'answer', value: 3 },
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'answer', value: 'Quiet time' },
      { type: 'next' },
    ]
    const review = run(flow, answers)
    expect(flowProgress(flow, review)).toMatchObject({ isReview: true, stepNumber: 5, fraction: 1 })
    expect(currentStep(flow, review)).toBeNull()
    expect(run(flow, [{ type: 'finish' }], review).status).toBe('finished')
  })

  it('finishes early when only optional steps remain', () => {
    const state = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 4 },
      { type: 'next' },
      { type: 'answer', value: 4 },
      { type: 'finish' },
    ])
    expect(state.status).toBe('finished')
  })

  it('takes the person to the first missing answer when finishing too early', () => {
    const state = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 4 },
      { type: 'next' },
      { type: 'next' },
      { type: 'back' },
      { type: 'finish' },
    ])
    expect(state.status).toBe('active')
    expect(currentStep(flow, state)?.id).toBe('trust')
    expect(Object.keys(state.errors)).toEqual(['trust'])
  })

  it('ignores answers while paused and continues where it left off after resuming', () => {
    const paused = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 1 },
      { type: 'next' },
      { type: 'pause' },
    ])
    expect(paused.status).toBe('paused')
    expect(run(flow, [{ type: 'answer', value: 5 }, { type: 'next' }], paused)).toBe(paused)
    const resumed = run(flow, [{ type: 'resume' }], paused)
    expect(resumed.status).toBe('active')
    expect(currentStep(flow, resumed)?.id).toBe('trust')
  })

  it('keeps a state that survives a JSON round trip, so a paused flow can be stored', () => {
    const paused = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 2 },
      { type: 'next' },
      { type: 'pause' },
    ])
    const restored = JSON.parse(JSON.stringify(paused)) as FlowState
    expect(restored).toEqual(paused)
    const next = run(
      flow,
      [{ type: 'resume' }, { type: 'answer', value: 3 }, { type: 'next' }],
      restored,
    )
    expect(currentStep(flow, next)?.id).toBe('appreciated')
  })

  it('ignores everything but a fresh start once finished', () => {
    const finished = run(flow, [
      { type: 'start' },
      { type: 'answer', value: 4 },
      { type: 'next' },
      { type: 'answer', value: 4 },
      { type: 'finish' },
    ])
    expect(run(flow, [{ type: 'back' }, { type: 'pause' }], finished)).toBe(finished)
    expect(run(flow, [{ type: 'start' }], finished)).toMatchObject({
      status: 'active',
      answers: {},
    })
  })

  it('treats a state from another flow as a programming error', () => {
    const other = { ...initialFlowState(flow), flowId: 'other' }
    expect(() => reduceFlow(flow, other, { type: 'start' })).toThrow()
  })
})
