import type { FlowAction, FlowDefinition, FlowState, FlowStep } from './types'
import { validateAnswer } from './validateAnswer'

const cannotSkip =
  'This question is needed for this flow, so it cannot be skipped. You can pause and come back to it later.'

/** A flow that has not been started. */
export function initialFlowState(flow: FlowDefinition): FlowState {
  return {
    version: 1,
    flowId: flow.id,
    status: 'not-started',
    stepIndex: 0,
    answers: {},
    skipped: [],
    errors: {},
  }
}

/** The step on screen, or null before the start, on the review page and after finishing. */
export function currentStep(flow: FlowDefinition, state: FlowState): FlowStep | null {
  if (state.status !== 'active' && state.status !== 'paused') return null
  return flow.steps[state.stepIndex] ?? null
}

/**
 * The one state machine behind every guided flow, for useReducer:
 * `useReducer((s, a) => reduceFlow(flow, s, a), flow, initialFlowState)`.
 * Actions that make no sense in the current status are ignored (the same state comes back).
 */
export function reduceFlow(flow: FlowDefinition, state: FlowState, action: FlowAction): FlowState {
  if (state.flowId !== flow.id)
    throw new Error(`reduceFlow: state of ${state.flowId} given to ${flow.id}`)
  if (action.type === 'start') return { ...initialFlowState(flow), status: 'active' }
  if (action.type === 'resume')
    return state.status === 'paused' ? { ...state, status: 'active' } : state
  if (state.status !== 'active') return state
  const step = flow.steps[state.stepIndex]

  switch (action.type) {
    case 'pause':
      return { ...state, status: 'paused' }
    case 'answer':
      if (!step) return state
      return {
        ...state,
        answers: { ...state.answers, [step.id]: action.value },
        skipped: state.skipped.filter((id) => id !== step.id),
        errors: withoutKey(state.errors, step.id),
      }
    case 'next': {
      if (!step) return state
      const error = validateAnswer(step, state.answers[step.id])
      if (error) return { ...state, errors: { ...state.errors, [step.id]: error } }
      return { ...state, stepIndex: state.stepIndex + 1, errors: withoutKey(state.errors, step.id) }
    }
    case 'back':
      if (state.stepIndex === 0) return state
      return { ...state, stepIndex: state.stepIndex - 1, errors: {} }
    case 'skip': {
      if (!step) return state
      if (step.required) return { ...state, errors: { ...state.errors, [step.id]: cannotSkip } }
      return {
        ...state,
        stepIndex: state.stepIndex + 1,
        answers: withoutKey(state.answers, step.id),
        skipped: [...state.skipped.filter((id) => id !== step.id), step.id],
        errors: withoutKey(state.errors, step.id),
      }
    }
    case 'finish': {
      // Finishing early is fine when what is left is optional; otherwise go to what is missing.
      for (const [index, candidate] of flow.steps.entries()) {
        const error = validateAnswer(candidate, state.answers[candidate.id])
        if (error) return { ...state, stepIndex: index, errors: { [candidate.id]: error } }
      }
      return { ...state, status: 'finished', errors: {} }
    }
  }
}

export interface FlowProgress {
  /** 1-based number of the step on screen; equals stepCount on the review page. */
  readonly stepNumber: number
  readonly stepCount: number
  /** 0 … 1: the share of steps already behind the person, for a progress bar. */
  readonly fraction: number
  readonly isFirstStep: boolean
  readonly isLastStep: boolean
  /** Every step is behind them: show the summary and the finish button. */
  readonly isReview: boolean
  /** The current step is optional and may be skipped. */
  readonly canSkip: boolean
}

export function flowProgress(flow: FlowDefinition, state: FlowState): FlowProgress {
  const stepCount = flow.steps.length
  const step = flow.steps[state.stepIndex]
  const done = state.status === 'finished' ? stepCount : Math.min(state.stepIndex, stepCount)
  return {
    stepNumber: Math.min(state.stepIndex + 1, stepCount),
    stepCount,
    fraction: stepCount === 0 ? 1 : done / stepCount,
    isFirstStep: state.stepIndex === 0,
    isLastStep: state.stepIndex === stepCount - 1,
    isReview: state.stepIndex >= stepCount,
    canSkip: step !== undefined && !step.required,
  }
}

function withoutKey<T>(
  record: Readonly<Record<string, T>>,
  key: string,
): Readonly<Record<string, T>> {
  if (!(key in record)) return record
  const { [key]: _removed, ...rest } = record
  return rest
}
