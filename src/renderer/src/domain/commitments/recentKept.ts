import { toDayNumber, type LocalDate } from './calendar/localDate'
import { keptDaysOf, type LogIndex } from './commitmentLog'
import { planOf } from './commitmentPlan'
import { addTallies, emptyTally, tallyBlock, type KeptTally } from './keptTally'
import type { Commitment } from './types'

/** "Kept 23 of the last 28 days": kept and planned times in a rolling window. */
export interface RecentKept extends KeptTally {
  /** Length of the window, e.g. 28. */
  readonly days: number
}

/**
 * Kept and planned times over the last `days` days. Today joins the window once it is kept;
 * until then the window ends yesterday, so the morning never reads as a missed day.
 * Only days the commitment asked for count (see tallyBlock for timesPerWeek).
 */
export function keptInLastDays(
  commitment: Commitment,
  logs: LogIndex,
  today: LocalDate,
  days = 28,
): RecentKept {
  const plan = planOf(commitment)
  const keptDays = keptDaysOf(logs, commitment.id)
  const todayNumber = toDayNumber(today)
  const end = keptDays.has(todayNumber) ? todayNumber : todayNumber - 1
  const start = end - days + 1
  let tally = emptyTally
  // Seven-day blocks counted back from the end, so a timesPerWeek target applies per seven days.
  for (let blockEnd = end; blockEnd >= start; blockEnd -= 7) {
    tally = addTallies(tally, tallyBlock(plan, keptDays, Math.max(start, blockEnd - 6), blockEnd))
  }
  return { ...tally, days }
}

/** The same window summed over several commitments, for "across your commitments". */
export function overallKeptInLastDays(
  commitments: readonly Commitment[],
  logs: LogIndex,
  today: LocalDate,
  days = 28,
): RecentKept {
  let tally = emptyTally
  for (const commitment of commitments) {
    tally = addTallies(tally, keptInLastDays(commitment, logs, today, days))
  }
  return { ...tally, days }
}

/**
 * "Kept 23 of the last 28 days." or "Kept 11 of 12 planned times in the last 28 days.", and a
 * gentle line rather than a zero score when none were kept.
 */
export function recentKeptSentence(recent: RecentKept): string {
  if (recent.due === 0) return `Nothing was planned in the last ${recent.days} days.`
  // "Kept 0 of 28" reads like a mark on a report; a gap is worth naming kindly, not scoring.
  if (recent.kept === 0) {
    return `None marked as kept in the last ${recent.days} days. You can pick it up again any day.`
  }
  if (recent.due === recent.days) return `Kept ${recent.kept} of the last ${recent.days} days.`
  const times = recent.due === 1 ? 'planned time' : 'planned times'
  return `Kept ${recent.kept} of ${recent.due} ${times} in the last ${recent.days} days.`
}
