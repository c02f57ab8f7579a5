import { describe, expect, it } from 'vitest'
import { createCommitment } from '@renderer/domain/commitments/commitment'
import {
  addRepairStep,
  changeRepairStep,
  removeRepairStep,
  repairProgress,
  restoreRepairStep,
} from '@renderer/domain/apology/drafts/repairPlan'
import {
  repairCommitmentDraft,
  repairCommitmentTitle,
} from '@renderer/domain/apology/drafts/repairCommitment'
import type { RepairStep } from '@renderer/domain/apology/drafts/types'

describe('the repair plan', () => {
  it('adds, changes and checks off steps', () => {
    let steps = addRepairStep([], 's1', 'Book a session with a counsellor', '2026-05-10')
    steps = addRepairStep(steps, 's2')
    steps = changeRepairStep(steps, 's1', { done: true })
    expect(repairProgress(steps)).toEqual({ done: 1, total: 1 })
  })

  it('puts a removed step back in its place on Undo', () => {
    const steps = ['a', 'b', 'c'].reduce<readonly RepairStep[]>(
      (s, id) => addRepairStep(s, id, id),
      [],
    )
    const removed = removeRepairStep(steps, 'b')
    if (!removed) throw new Error('expected a removal')
    expect(removed.steps.map((s) => s.id)).toEqual(['a', 'c'])
    expect(
      restoreRepairStep(removed.steps, removed.removed, removed.index).map((s) => s.id),
    ).toEqual(['a', 'b', 'c'])
  })

  it('becomes a commitment linked back to its step, starting on the step’s day', () => {
    const [step] = addRepairStep([], 's1', 'Talk every Sunday evening', '2026-05-10')
    if (!step) throw new Error('expected a step')
    const draft = repairCommitmentDraft(step, 'apology-1', 'weekly-on-day', '2026-05-03')
    expect(draft).toEqual({
      title: 'Talk every Sunday evening',
      schedule: { kind: 'weekdays', days: [0] },
      link: { kind: 'repair-step', apologyId: 'apology-1', stepId: 's1' },
      startDate: '2026-05-10',
    })
    const made = createCommitment(draft, 'c1', new Date('2026-05-03T10:00:00Z'), 'UTC')
    expect(made.ok).toBe(true)
  })

  it('starts today when the step has no day yet, and shortens a long step for the title', () => {
    const long = `Pay back ${'a little more '.repeat(12)}each month`
    const [step] = addRepairStep([], 's1', long)
    if (!step) throw new Error('expected a step')
    const draft = repairCommitmentDraft(step, 'a', 'once-a-week', '2026-05-03')
    expect(draft.startDate).toBe('2026-05-03')
    expect(draft.title.length).toBeLessThanOrEqual(120)
    expect(draft.title.endsWith('…')).toBe(true)
    expect(repairCommitmentTitle('Short one\nwith a second line')).toBe('Short one')
  })
})
