import { addDays, startOfWeek, type LocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import { oneDecimal, wholeNumber } from './plainNumber'
import type { RatingSeries } from './ratingSeries'

/**
 * Text alternative for the mood or trust chart: this week against the week before, then what the
 * chart covers. Describes, never grades: "down from" is said as plainly as "up from".
 */
export function ratingSentence(
  series: RatingSeries,
  scale: 'mood' | 'trust',
  today: LocalDate,
): string {
  const points = series.points
  const first = points[0]
  const last = points[points.length - 1]
  if (first === undefined || last === undefined) {
    return `No ${scale} ratings yet. They will appear here when you add them to an entry.`
  }
  const thisMonday = startOfWeek(today)
  const lastMonday = addDays(thisMonday, -7)
  const thisWeek = series.weekly.find((week) => week.weekStart === thisMonday)
  const lastWeek = series.weekly.find((week) => week.weekStart === lastMonday)
  const label = `Your ${scale} rating`
  let recent: string
  if (thisWeek !== undefined && lastWeek !== undefined) {
    const now = oneDecimal(thisWeek.average)
    const before = oneDecimal(lastWeek.average)
    const change =
      now === before
        ? `about the same as the week before`
        : `${Number(now) > Number(before) ? 'up' : 'down'} from ${before} the week before`
    recent = `${label} averaged ${now} this week, ${change}.`
  } else if (thisWeek !== undefined) {
    recent = `${label} averaged ${oneDecimal(thisWeek.average)} this week.`
  } else if (lastWeek !== undefined) {
    recent = `No ${scale} ratings yet this week; last week they averaged ${oneDecimal(lastWeek.average)}.`
  } else {
    recent = `No ${scale} ratings in the last two weeks.`
  }
  const span =
    points.length === 1
      ? `The chart shows one rated day, ${readableDate(first.date)}.`
      : `The chart shows ${wholeNumber(points.length)} rated days, from ${readableDate(first.date)} to ${readableDate(last.date)}.`
  return `${recent} ${span}`
}
