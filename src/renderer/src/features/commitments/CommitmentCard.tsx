import { useMemo } from 'react'
import {
  addDays,
  startOfWeek,
  toDayNumber,
  weekdayOf,
  type LocalDate,
} from '../../domain/commitments/calendar/localDate'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { keptDaysOf, type LogIndex } from '../../domain/commitments/commitmentLog'
import { commitmentHeatmap } from '../../domain/commitments/heatmap'
import { keptInLastDays } from '../../domain/commitments/recentKept'
import type { Commitment } from '../../domain/commitments/types'
import { weekSoFar } from '../../domain/commitments/weekSoFar'
import { weeksKept } from '../../domain/commitments/weeksKept'
import { Button } from '../../ui/Button'
import { Heatmap } from '../../ui/Heatmap'
import { RecentDayToggles, type DayToggle } from '../../ui/RecentDayToggles'
import { heatmapWeeksFor } from './heatmapWeeks'
import { recentLine, thisWeekLine, weeksLine } from './keptLines'
import { scheduleText, weekdayNames } from './scheduleText'

export interface CommitmentCardProps {
  readonly commitment: Commitment
  readonly logs: LogIndex
  readonly today: LocalDate
  /** The digit key that marks it kept today, if any. */
  readonly shortcut: number | null
  readonly linkedTitle: string | null
  readonly onToggle: (date: LocalDate) => void
  readonly onEdit: () => void
  readonly onArchive: () => void
}

export function CommitmentCard(props: CommitmentCardProps) {
  const { commitment, logs, today } = props
  const current = commitment.schedules[commitment.schedules.length - 1]
  const firstDay = commitment.schedules[0]?.effectiveFrom ?? today
  const weeks = heatmapWeeksFor(firstDay, today)
  const stats = useMemo(() => {
    const monday = startOfWeek(today)
    return {
      recent: keptInLastDays(commitment, logs, today),
      weeks: weeksKept(commitment, logs, today),
      thisWeek: weekSoFar(commitment, logs, today),
      cells: commitmentHeatmap(
        commitment,
        logs,
        addDays(monday, -7 * (weeks - 1)),
        addDays(monday, 6),
        today,
      ),
    }
  }, [commitment, logs, today, weeks])
  const kept = keptDaysOf(logs, commitment.id)
  const keptToday = kept.has(toDayNumber(today))
  const days: DayToggle[] = []
  for (let back = 6; back >= 0; back--) {
    const date = addDays(today, -back)
    days.push({
      date,
      shortLabel: `${weekdayNames[weekdayOf(date)].slice(0, 3)} ${Number(date.slice(8))}`,
      label: `${readableDate(date, { weekday: true, year: false })}${back === 0 ? ', today' : ''}`,
      pressed: kept.has(toDayNumber(date)),
      disabled: date < firstDay,
    })
  }
  const headingId = `commitment-${commitment.id}`
  const hintId = `commitment-${commitment.id}-key`
  const lines = [
    recentLine(commitment, stats.recent, today, keptInWindow(kept, today, stats.recent.days)),
    weeksLine(stats.weeks),
    thisWeekLine(stats.thisWeek),
  ].filter((line) => line !== null)
  return (
    <article className="card commitment-card" aria-labelledby={headingId}>
      <div className="commitment-card__head">
        <div>
          <h3 id={headingId}>{commitment.title}</h3>
          <p className="muted">
            {current ? scheduleText(current.schedule) : ''}
            {props.linkedTitle && ` · part of “${props.linkedTitle}”`}
          </p>
        </div>
        <div className="commitment-card__today">
          <Button
            variant={keptToday ? 'default' : 'primary'}
            aria-pressed={keptToday}
            // Several cards sit side by side: the name says which commitment, after the words shown.
            aria-label={`Kept today: ${commitment.title}`}
            aria-keyshortcuts={props.shortcut === null ? undefined : String(props.shortcut)}
            aria-describedby={props.shortcut === null ? undefined : hintId}
            onClick={() => props.onToggle(today)}
          >
            {keptToday && <span aria-hidden="true">✓</span>}
            Kept today
          </Button>
          {/* Beside the button, not inside it, so the digit reads as a key to press, not a count. */}
          {props.shortcut !== null && (
            <span id={hintId} className="key-hint">
              or press <kbd>{props.shortcut}</kbd>
            </span>
          )}
        </div>
      </div>
      <p className="commitment-card__stats">{lines.join(' ')}</p>
      <RecentDayToggles
        days={days}
        label={`Mark recent days for ${commitment.title}`}
        onToggle={props.onToggle}
      />
      <div className="heatmap-frame">
        <Heatmap
          scale={1.4}
          cells={stats.cells}
          today={today}
          label={`${commitment.title}: the last ${weeks} weeks, one square a day. ${lines.join(' ')}`}
        />
      </div>
      <div className="row">
        <Button size="small" onClick={props.onEdit}>
          Edit
        </Button>
        <Button size="small" variant="quiet" onClick={props.onArchive}>
          Archive
        </Button>
      </div>
    </article>
  )
}

/** Kept days among the last `days`, today included: planned or not. */
function keptInWindow(kept: ReadonlySet<number>, today: LocalDate, days: number): number {
  const end = toDayNumber(today)
  let count = 0
  for (const day of kept) if (day > end - days && day <= end) count++
  return count
}
