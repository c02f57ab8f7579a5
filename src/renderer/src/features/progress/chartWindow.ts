import { addDays, type LocalDate } from '../../domain/commitments/calendar/localDate'
import type { RatingSeries } from '../../domain/progress/ratingSeries'
import { rangeStart, type ChartRange } from './ratingChartData'

/**
 * Two weeks at least: one day of ratings on a three-month axis is two faint dots at the edge,
 * while on fourteen days each day is wide enough to see.
 */
const fewestDaysShown = 14
/** A day of air before the first rating, so its dot does not sit on the axis. */
const daysBeforeFirstRating = 1
/** Until ratings fall in three different weeks, the chart says it is still filling in. */
const weeksBeforeChartIsFull = 3

function firstRatedDay(mood: RatingSeries, trust: RatingSeries): LocalDate | null {
  const firsts = [mood.points[0]?.date, trust.points[0]?.date].filter(
    (date): date is LocalDate => date !== undefined,
  )
  return firsts.reduce<LocalDate | null>(
    (earliest, date) => (earliest === null || date < earliest ? date : earliest),
    null,
  )
}

/**
 * The first day the chart shows (the last is today): the chosen range, drawn in to start just
 * before the first rating, and never fewer than two weeks.
 */
export function chartWindowStart(
  range: ChartRange,
  today: LocalDate,
  mood: RatingSeries,
  trust: RatingSeries,
): LocalDate {
  const start = rangeStart(range, today, mood, trust)
  const first = firstRatedDay(mood, trust)
  if (first === null) return start
  const nearData = addDays(first, -daysBeforeFirstRating)
  const latestStart = addDays(today, -(fewestDaysShown - 1))
  const drawnIn = nearData > start ? nearData : start
  return drawnIn < latestStart ? drawnIn : latestStart
}

/** The range buttons only change the picture once ratings reach back past the shortest range. */
export function rangesDiffer(today: LocalDate, mood: RatingSeries, trust: RatingSeries): boolean {
  const first = firstRatedDay(mood, trust)
  return first !== null && first < rangeStart('quarter', today, mood, trust)
}

/** Fewer than three weeks hold a rating: the chart has only begun to fill in. */
export function chartIsYoung(mood: RatingSeries, trust: RatingSeries): boolean {
  const weeks = new Set([...mood.weekly, ...trust.weekly].map((week) => week.weekStart))
  return weeks.size < weeksBeforeChartIsFull
}
