import {
  fromDayNumber,
  parseLocalDate,
  weekStartDay,
  type DayNumber,
  type LocalDate,
} from '../commitments/calendar/localDate'
import type { Entry } from '../journal/entry'

export interface RatingPoint {
  readonly date: LocalDate
  /** The mean of that day's ratings. */
  readonly value: number
  readonly ratings: number
}

export interface WeeklyAverage {
  /** The Monday the week starts on. */
  readonly weekStart: LocalDate
  /** The mean of the week's daily values, so one busy day does not outweigh the others. */
  readonly average: number
  readonly days: number
}

export interface RatingSeries {
  /** Oldest first; only days with a rating. */
  readonly points: readonly RatingPoint[]
  /** Oldest first; only weeks with a rating. */
  readonly weekly: readonly WeeklyAverage[]
}

type DayTotals = Map<DayNumber, { sum: number; count: number }>

function addRating(totals: DayTotals, day: DayNumber, rating: number | null): void {
  if (rating === null) return
  const dayTotals = totals.get(day)
  if (dayTotals === undefined) totals.set(day, { sum: rating, count: 1 })
  else {
    dayTotals.sum += rating
    dayTotals.count++
  }
}

function toSeries(totals: DayTotals): RatingSeries {
  const days = [...totals.keys()].sort((a, b) => a - b)
  const points: RatingPoint[] = []
  const weekly: WeeklyAverage[] = []
  let weekStart = NaN
  let weekSum = 0
  let weekDays = 0
  const closeWeek = (): void => {
    if (weekDays === 0) return
    weekly.push({
      weekStart: fromDayNumber(weekStart),
      average: weekSum / weekDays,
      days: weekDays,
    })
  }
  for (const day of days) {
    const dayTotals = totals.get(day)
    if (dayTotals === undefined) continue
    const value = dayTotals.sum / dayTotals.count
    points.push({ date: fromDayNumber(day), value, ratings: dayTotals.count })
    const monday = weekStartDay(day)
    if (monday !== weekStart) {
      closeWeek()
      weekStart = monday
      weekSum = 0
      weekDays = 0
    }
    weekSum += value
    weekDays++
  }
  closeWeek()
  return { points, weekly }
}

/**
 * Mood and trust over time: one point per rated day and a weekly average line for each. One pass,
 * reading each entry's date once, because this runs over every entry right after unlock.
 */
export function moodAndTrustSeries(entries: readonly Entry[]): {
  readonly mood: RatingSeries
  readonly trust: RatingSeries
} {
  const mood: DayTotals = new Map()
  const trust: DayTotals = new Map()
  for (const entry of entries) {
    if (entry.mood === null && entry.trust === null) continue
    const day = parseLocalDate(entry.date)
    if (day === null) continue
    addRating(mood, day, entry.mood)
    addRating(trust, day, entry.trust)
  }
  return { mood: toSeries(mood), trust: toSeries(trust) }
}
