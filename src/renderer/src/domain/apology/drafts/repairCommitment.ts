import { isLocalDate, weekdayOf } from '../../commitments/calendar/localDate'
import { maxCommitmentTitleLength, type CommitmentDraft } from '../../commitments/commitment'
import type { Schedule } from '../../commitments/types'
import type { RepairStep } from './types'

/** How often a repair step asks for something once it becomes a commitment. */
export type RepairRhythm = 'weekly-on-day' | 'once-a-week' | 'daily'

export const repairRhythms: readonly RepairRhythm[] = ['weekly-on-day', 'once-a-week', 'daily']

function scheduleFor(rhythm: RepairRhythm, startDate: string): Schedule {
  if (rhythm === 'daily') return { kind: 'daily' }
  if (rhythm === 'weekly-on-day') return { kind: 'weekdays', days: [weekdayOf(startDate)] }
  return { kind: 'timesPerWeek', times: 1 }
}

/** A commitment title from a step: its first line, cut at a word if it is long. */
export function repairCommitmentTitle(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? ''
  if (line.length <= maxCommitmentTitleLength) return line
  const cut = line.slice(0, maxCommitmentTitleLength - 1)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > 40 ? cut.slice(0, atWord) : cut).trimEnd()}…`
}

/**
 * What to hand createCommitment for a repair step: starting on the step's day (or today), with
 * a link back to the step so the consistency tracker can show what it serves.
 */
export function repairCommitmentDraft(
  step: RepairStep,
  apologyId: string,
  rhythm: RepairRhythm,
  today: string,
): CommitmentDraft {
  const startDate = isLocalDate(step.date) ? step.date : today
  return {
    title: repairCommitmentTitle(step.text),
    schedule: scheduleFor(rhythm, startDate),
    link: { kind: 'repair-step', apologyId, stepId: step.id },
    startDate,
  }
}
