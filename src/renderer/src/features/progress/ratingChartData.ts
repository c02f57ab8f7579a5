import {
  addDays,
  toDayNumber,
  type DayNumber,
  type LocalDate,
} from '../../domain/commitments/calendar/localDate'
import type { RatingSeries } from '../../domain/progress/ratingSeries'
import type { TimelineMarker } from '../../domain/progress/timeline'
import type { TrustChartData, TrustChartMarker } from '../../ui/TrustChart'

export type ChartRange = 'quarter' | 'year' | 'all'

export const chartRangeNames: Readonly<Record<ChartRange, string>> = {
  quarter: 'Last 3 months',
  year: 'Last year',
  all: 'Everything',
}

const secondsPerDay = 86_400

/** The first day a range shows: 13 or 52 whole weeks back, or the first rated day. */
export function rangeStart(
  range: ChartRange,
  today: LocalDate,
  mood: RatingSeries,
  trust: RatingSeries,
): LocalDate {
  if (range === 'quarter') return addDays(today, -90)
  if (range === 'year') return addDays(today, -364)
  const firsts = [mood.points[0]?.date, trust.points[0]?.date, today].filter(
    (date): date is LocalDate => date !== undefined,
  )
  return firsts.reduce((earliest, date) => (date < earliest ? date : earliest))
}

interface Row {
  moodDaily: number | null
  moodWeekly: number | null
  trustDaily: number | null
  trustWeekly: number | null
}

/**
 * The two series on one shared day axis, as uPlot wants them. A weekly average sits on the
 * Thursday of its week (the middle), or on today while the week is young.
 */
export function ratingChartData(
  mood: RatingSeries,
  trust: RatingSeries,
  from: LocalDate,
  today: LocalDate,
): TrustChartData {
  const first = toDayNumber(from)
  const last = toDayNumber(today)
  const rows = new Map<DayNumber, Row>()
  const row = (day: DayNumber): Row | null => {
    if (day < first || day > last) return null
    let found = rows.get(day)
    if (!found) {
      found = { moodDaily: null, moodWeekly: null, trustDaily: null, trustWeekly: null }
      rows.set(day, found)
    }
    return found
  }
  for (const point of mood.points) {
    const target = row(toDayNumber(point.date))
    if (target) target.moodDaily = point.value
  }
  for (const point of trust.points) {
    const target = row(toDayNumber(point.date))
    if (target) target.trustDaily = point.value
  }
  for (const week of mood.weekly) {
    const target = row(Math.min(toDayNumber(week.weekStart) + 3, last))
    if (target) target.moodWeekly = week.average
  }
  for (const week of trust.weekly) {
    const target = row(Math.min(toDayNumber(week.weekStart) + 3, last))
    if (target) target.trustWeekly = week.average
  }
  const days = [...rows.keys()].sort((a, b) => a - b)
  const column = (key: keyof Row) => days.map((day) => rows.get(day)?.[key] ?? null)
  return {
    x: days.map((day) => day * secondsPerDay),
    moodDaily: column('moodDaily'),
    moodWeekly: column('moodWeekly'),
    trustDaily: column('trustDaily'),
    trustWeekly: column('trustWeekly'),
    from: first * secondsPerDay,
    to: last * secondsPerDay,
  }
}

export function chartMarkers(
  markers: readonly TimelineMarker[],
  from: LocalDate,
  today: LocalDate,
): readonly TrustChartMarker[] {
  return markers
    .filter((marker) => marker.date >= from && marker.date <= today)
    .map((marker) => ({ x: toDayNumber(marker.date) * secondsPerDay, kind: marker.kind }))
}

export interface WeeklyRow {
  readonly weekStart: LocalDate
  readonly mood: number | null
  readonly trust: number | null
}

/** Weekly averages side by side for the chart's data table, oldest first. */
export function weeklyRows(mood: RatingSeries, trust: RatingSeries, from: LocalDate): WeeklyRow[] {
  const weeks = new Map<LocalDate, { mood: number | null; trust: number | null }>()
  const firstMonday = addDays(from, -6)
  for (const week of mood.weekly) {
    if (week.weekStart >= firstMonday)
      weeks.set(week.weekStart, { mood: week.average, trust: null })
  }
  for (const week of trust.weekly) {
    if (week.weekStart < firstMonday) continue
    const found = weeks.get(week.weekStart)
    if (found) found.trust = week.average
    else weeks.set(week.weekStart, { mood: null, trust: week.average })
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([weekStart, values]) => ({ weekStart, ...values }))
}
