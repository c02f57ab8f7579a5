import { addDays } from './calendarDate'
import type { DayGroup, RelativeDay, TimelineEntry, TimelineRow } from './types'

/** Day headers and entry rows in display order, flat, for a virtualised list. */
export function timelineRows<E extends TimelineEntry>(
  groups: readonly DayGroup<E>[],
  today: string,
): TimelineRow<E>[] {
  const yesterday = addDays(today, -1)
  const rows: TimelineRow<E>[] = []
  for (const group of groups) {
    const relative: RelativeDay =
      group.date === today ? 'today' : group.date === yesterday ? 'yesterday' : null
    rows.push({
      type: 'day',
      key: `day:${group.date}`,
      date: group.date,
      relative,
      entryCount: group.entries.length,
    })
    group.entries.forEach((entry, i) => {
      rows.push({
        type: 'entry',
        key: `entry:${entry.id}`,
        date: group.date,
        entry,
        lastOfDay: i === group.entries.length - 1,
      })
    })
  }
  return rows
}

/**
 * The row to scroll to for a day picked in the calendar: its header, or when that day has no
 * entries the next older day that has. -1 when nothing is that old.
 */
export function rowIndexForDate(rows: readonly TimelineRow[], date: string): number {
  return rows.findIndex((row) => row.type === 'day' && row.date <= date)
}
