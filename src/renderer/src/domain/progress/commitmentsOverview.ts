import {
  addDays,
  daysBetween,
  startOfWeek,
  type LocalDate,
} from '../commitments/calendar/localDate'
import type { LogIndex } from '../commitments/commitmentLog'
import { heatmap, type HeatmapCell } from '../commitments/heatmap'
import { keptInLastDays, type RecentKept } from '../commitments/recentKept'
import type { Commitment } from '../commitments/types'
import { weeksKept, type WeeksKept } from '../commitments/weeksKept'

export interface CommitmentOverview {
  readonly id: string
  readonly title: string
  readonly recent: RecentKept
  readonly weeks: WeeksKept
}

export interface CommitmentsOverview {
  /** Across every commitment, archived ones included for the days they still counted. */
  readonly overall: RecentKept
  /** Current (not archived) commitments, in the order given. */
  readonly commitments: readonly CommitmentOverview[]
  /**
   * Whole weeks, Monday to Sunday, ending with this week; days after today are empty. It reaches
   * back to the first commitment's first week, eight weeks at least and a year at most.
   */
  readonly heatmap: readonly HeatmapCell[]
  /** How many weeks the heatmap holds. */
  readonly heatmapWeeks: number
}

/**
 * Eight weeks at least, so a new commitment sits in a small calendar rather than alone; a year
 * (53 weeks) at most. Between the two the grid starts at the first commitment's week, so it
 * never shows months of empty squares from before anything was asked.
 */
const fewestHeatmapWeeks = 8
const mostHeatmapWeeks = 53

function heatmapWeeksSince(commitments: readonly Commitment[], today: LocalDate): number {
  let first = today
  for (const commitment of commitments) {
    const start = commitment.schedules[0]?.effectiveFrom
    if (start !== undefined && start < first) first = start
  }
  const weeks = Math.floor(daysBetween(startOfWeek(first), startOfWeek(today)) / 7) + 1
  return Math.min(mostHeatmapWeeks, Math.max(fewestHeatmapWeeks, weeks))
}

export function commitmentsOverview(
  commitments: readonly Commitment[],
  logs: LogIndex,
  today: LocalDate,
): CommitmentsOverview {
  let kept = 0
  let due = 0
  const current: CommitmentOverview[] = []
  for (const commitment of commitments) {
    const recent = keptInLastDays(commitment, logs, today)
    kept += recent.kept
    due += recent.due
    if (commitment.archivedOn !== null && commitment.archivedOn <= today) continue
    current.push({
      id: commitment.id,
      title: commitment.title,
      recent,
      weeks: weeksKept(commitment, logs, today),
    })
  }
  const monday = startOfWeek(today)
  const weeks = heatmapWeeksSince(commitments, today)
  return {
    overall: { kept, due, days: 28 },
    commitments: current,
    heatmap: heatmap(
      commitments,
      logs,
      addDays(monday, -7 * (weeks - 1)),
      addDays(monday, 6),
      today,
    ),
    heatmapWeeks: weeks,
  }
}
