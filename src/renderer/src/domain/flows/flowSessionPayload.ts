import { z } from 'zod'
import { fail, ok, type Result } from '@shared/result'
import type { FlowDefinition, FlowState } from './types'

const storedState = z.object({
  version: z.literal(1),
  flowId: z.string(),
  status: z.enum(['not-started', 'active', 'paused', 'finished']),
  stepIndex: z.number().int().nonnegative(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).catch({}),
  skipped: z.array(z.string()).catch([]),
  errors: z.record(z.string(), z.string()).catch({}),
})

export interface ResumableFlow {
  readonly flow: FlowDefinition
  readonly state: FlowState
}

/**
 * A decrypted 'flow-session' record (a saved FlowState), checked against today's flows. Answers
 * to steps that no longer exist are dropped and the position is kept inside the flow, so a flow
 * edited between versions still resumes. A session comes back paused: the person resumes it.
 */
export function parseFlowSession(
  payload: unknown,
  flows: readonly FlowDefinition[],
): Result<ResumableFlow> {
  const parsed = storedState.safeParse(payload)
  if (!parsed.success) {
    return fail(
      'invalid-payload',
      'This paused flow could not be read, so it cannot be resumed. You can delete it and start the flow again.',
    )
  }
  const saved = parsed.data
  const flow = flows.find((candidate) => candidate.id === saved.flowId)
  if (!flow) {
    return fail(
      'flow-not-found',
      'This paused flow is one Mend no longer offers, so it cannot be resumed. You can delete it and choose another flow.',
    )
  }
  const stepIds = new Set(flow.steps.map((step) => step.id))
  const state: FlowState = {
    ...saved,
    status: saved.status === 'active' ? 'paused' : saved.status,
    stepIndex: Math.min(saved.stepIndex, flow.steps.length),
    answers: Object.fromEntries(Object.entries(saved.answers).filter(([id]) => stepIds.has(id))),
    skipped: saved.skipped.filter((id) => stepIds.has(id)),
    errors: {},
  }
  return ok({ flow, state })
}
