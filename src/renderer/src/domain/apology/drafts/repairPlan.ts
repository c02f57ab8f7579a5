import type { RepairStep } from './types'

export type RepairStepPatch = Partial<Pick<RepairStep, 'text' | 'date' | 'done' | 'commitmentId'>>

export function addRepairStep(
  steps: readonly RepairStep[],
  id: string,
  text = '',
  date = '',
): readonly RepairStep[] {
  return [...steps, { id, text, date, done: false, commitmentId: null }]
}

export function changeRepairStep(
  steps: readonly RepairStep[],
  id: string,
  patch: RepairStepPatch,
): readonly RepairStep[] {
  return steps.map((step) => (step.id === id ? { ...step, ...patch } : step))
}

/** Removes a step and says where it was, so Undo can put it back in its place. */
export function removeRepairStep(
  steps: readonly RepairStep[],
  id: string,
): {
  readonly steps: readonly RepairStep[]
  readonly removed: RepairStep
  readonly index: number
} | null {
  const index = steps.findIndex((step) => step.id === id)
  const removed = steps[index]
  if (!removed) return null
  return { steps: steps.filter((step) => step.id !== id), removed, index }
}

export function restoreRepairStep(
  steps: readonly RepairStep[],
  step: RepairStep,
  index: number,
): readonly RepairStep[] {
  if (steps.some((s) => s.id === step.id)) return steps
  const next = [...steps]
  next.splice(Math.min(index, next.length), 0, step)
  return next
}

export interface RepairProgress {
  readonly done: number
  readonly total: number
}

/** Steps with words in them, and how many are done; empty rows don't count. */
export function repairProgress(steps: readonly RepairStep[]): RepairProgress {
  const real = steps.filter((step) => step.text.trim() !== '')
  return { done: real.filter((step) => step.done).length, total: real.length }
}
