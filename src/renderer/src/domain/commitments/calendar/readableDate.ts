import { toDayNumber, weekdayOfDay, type LocalDate } from './localDate'

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/**
 * "3 May 2026", or "Sunday 3 May" with { weekday: true, year: false }. Fixed English wording so
 * summaries and drafts read the same in tests, exports and on screen.
 */
export function readableDate(
  date: LocalDate,
  options: { readonly weekday?: boolean; readonly year?: boolean } = {},
): string {
  const day = Number(date.slice(8, 10))
  const month = monthNames[Number(date.slice(5, 7)) - 1] ?? ''
  const parts = [`${day} ${month}`]
  if (options.year ?? true) parts.push(date.slice(0, 4))
  const text = parts.join(' ')
  if (!options.weekday) return text
  return `${weekdayNames[weekdayOfDay(toDayNumber(date))]} ${text}`
}
