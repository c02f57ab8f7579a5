import { addDays, startOfWeek, type LocalDate } from '../commitments/calendar/localDate'
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
  /** 53 whole weeks, Monday to Sunday, ending with this week; days after today are empty. */
  readonly heatmap: readonly HeatmapCell[]
}

const heatmapWeeks = 53

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
  return {
    overall: { kept, due, days: 28 },
    commitments: current,
    heatmap: heatmap(
      commitments,
      logs,
      addDays(monday, -7 * (heatmapWeeks - 1)),
      addDays(monday, 6),
      today,
    ),
  }
}
