import { fromDayNumber, toDayNumber, weekdayOfDay, type LocalDate } from './calendar/localDate'
import { keptDaysOf, type LogIndex } from './commitmentLog'
import { planOf, scheduleInPlan, type CommitmentPlan } from './commitmentPlan'
import type { Commitment } from './types'

/** One square of a calendar heatmap. */
export interface HeatmapCell {
  readonly date: LocalDate
  /** Times asked for that day, counting a timesPerWeek commitment only on days it was kept. */
  readonly due: number
  /** Of those, kept. */
  readonly kept: number
  /** Kept on a day its schedule did not ask for: shown, never required. */
  readonly extra: number
  /** kept / due, or null for a day that asked nothing (or today, not yet kept). */
  readonly ratio: number | null
}

/** Cells from `from` to `to` inclusive, summed over the commitments given. Days after today are empty. */
export function heatmap(
  commitments: readonly Commitment[],
  logs: LogIndex,
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
): readonly HeatmapCell[] {
  const plans = commitments.map((commitment) => planOf(commitment))
  const keptDays = commitments.map((commitment) => keptDaysOf(logs, commitment.id))
  const todayNumber = toDayNumber(today)
  const cells: HeatmapCell[] = []
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    let due = 0
    let kept = 0
    let extra = 0
    for (let index = 0; day <= todayNumber && index < plans.length; index++) {
      const schedule = scheduleInPlan(plans[index] as CommitmentPlan, day)
      if (schedule === null) continue
      const wasKept = (keptDays[index] as ReadonlySet<number>).has(day)
      const asked =
        schedule.kind === 'daily' ||
        (schedule.kind === 'weekdays' && schedule.days.includes(weekdayOfDay(day)))
      if (asked) {
        // Today is not a miss yet: it only shows once kept.
        if (wasKept || day < todayNumber) due++
        if (wasKept) kept++
      } else if (wasKept && schedule.kind === 'timesPerWeek') {
        due++
        kept++
      } else if (wasKept) {
        extra++
      }
    }
    cells.push({ date: fromDayNumber(day), due, kept, extra, ratio: due > 0 ? kept / due : null })
  }
  return cells
}

/** One commitment's heatmap. */
export function commitmentHeatmap(
  commitment: Commitment,
  logs: LogIndex,
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
): readonly HeatmapCell[] {
  return heatmap([commitment], logs, from, to, today)
}
