import {
  addDays,
  dayOfWeek,
  daysInMonth,
  firstDayOf,
  lastDayOf,
  type YearMonth,
} from './calendarDate'
import type { TimelineEntry } from './types'

export interface CalendarDay {
  readonly date: string
  /** Day of the month, 1–31. */
  readonly day: number
  /** False for the leading and trailing days from the neighbouring months. */
  readonly inMonth: boolean
  readonly entryCount: number
  readonly isToday: boolean
  readonly isFuture: boolean
}

export interface CalendarMonth extends YearMonth {
  /** Whole weeks (4 to 6), each of seven days starting on `weekStartsOn`. */
  readonly weeks: readonly (readonly CalendarDay[])[]
  /** Entries within the month itself. */
  readonly entryCount: number
}

/** Entries per day; build once per change of entries, then draw any month from it. */
export function countEntriesByDate(entries: readonly TimelineEntry[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const entry of entries) counts.set(entry.date, (counts.get(entry.date) ?? 0) + 1)
  return counts
}

/** The grid for one month. `weekStartsOn`: 0 Sunday, 1 Monday (default). */
export function calendarMonth(
  month: YearMonth,
  counts: ReadonlyMap<string, number>,
  today: string,
  weekStartsOn: 0 | 1 = 1,
): CalendarMonth {
  const first = firstDayOf(month)
  const last = lastDayOf(month)
  const lead = (dayOfWeek(first) - weekStartsOn + 7) % 7
  const cellCount = Math.ceil((lead + daysInMonth(month)) / 7) * 7
  const start = addDays(first, -lead)
  const weeks: CalendarDay[][] = []
  let entryCount = 0
  for (let i = 0; i < cellCount; i += 1) {
    const date = addDays(start, i)
    const inMonth = date >= first && date <= last
    const count = counts.get(date) ?? 0
    if (inMonth) entryCount += count
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]?.push({
      date,
      day: Number(date.slice(8, 10)),
      inMonth,
      entryCount: count,
      isToday: date === today,
      isFuture: date > today,
    })
  }
  return { ...month, weeks, entryCount }
}
