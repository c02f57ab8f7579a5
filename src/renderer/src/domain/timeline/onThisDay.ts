import { daysInMonth, firstDayOf, monthOf, monthsBetween, parseDate } from './calendarDate'
import type { TimelineEntry } from './types'

export interface OnThisDayGroup<E extends TimelineEntry = TimelineEntry> {
  /** The day the entries were written about. */
  readonly date: string
  readonly monthsAgo: number
  /** Set when monthsAgo is a whole number of years: "2 years ago today". */
  readonly yearsAgo: number | null
  readonly entries: readonly E[]
}

export interface OnThisDayOptions {
  /** 'months' (default): every earlier month; 'years': only the same month in earlier years. */
  readonly scope?: 'months' | 'years'
}

/**
 * Entries from this day of the month in earlier months and years, most recent first.
 *
 * An entry written on day d comes back on day d of every later month, or on the month's last
 * day when the month is shorter. So on 28 February (29 in a leap year) the entries from the 29th,
 * 30th and 31st of earlier months come back too, a leap-day entry returns on 28 February in
 * ordinary years, and each entry returns exactly once a month. Entries from the current month
 * are never included.
 */
export function onThisDay<E extends TimelineEntry>(
  entries: readonly E[],
  today: string,
  options: OnThisDayOptions = {},
): OnThisDayGroup<E>[] {
  const thisMonth = monthOf(today)
  const startOfMonth = firstDayOf(thisMonth)
  const todayDay = parseDate(today).day
  const lastDay = daysInMonth(thisMonth)
  const byDate = new Map<string, E[]>()
  for (const entry of entries) {
    if (entry.date >= startOfMonth) continue
    const returnsOn = Math.min(parseDate(entry.date).day, lastDay)
    if (returnsOn !== todayDay) continue
    const sameDay = byDate.get(entry.date)
    if (sameDay) sameDay.push(entry)
    else byDate.set(entry.date, [entry])
  }
  return [...byDate]
    .map(([date, dayEntries]) => {
      const monthsAgo = monthsBetween(monthOf(date), thisMonth)
      return {
        date,
        monthsAgo,
        yearsAgo: monthsAgo % 12 === 0 ? monthsAgo / 12 : null,
        entries: dayEntries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)),
      }
    })
    .filter((group) => options.scope !== 'years' || group.yearsAgo !== null)
    .sort((a, b) => (a.date < b.date ? 1 : -1))
}
