import { describe, expect, it } from 'vitest'
import { startOfWeek } from '@renderer/domain/commitments/calendar/localDate'
import type { RatingSeries } from '@renderer/domain/progress/ratingSeries'
import {
  chartIsYoung,
  chartWindowStart,
  rangesDiffer,
} from '@renderer/features/progress/chartWindow'

function series(dates: readonly string[]): RatingSeries {
  return {
    points: dates.map((date) => ({ date, value: 3, ratings: 1 })),
    weekly: [...new Set(dates.map((date) => startOfWeek(date)))].map((weekStart) => ({
      weekStart,
      average: 3,
      days: 1,
    })),
  }
}

const none = series([])
const today = '2026-11-26'

describe('the days the mood and trust chart shows', () => {
  it('shows two weeks, not three months, around a first day of ratings', () => {
    expect(chartWindowStart('quarter', today, series([today]), series([today]))).toBe('2026-11-13')
    expect(chartWindowStart('all', today, series([today]), none)).toBe('2026-11-13')
  })

  it('draws the axis in to a day before the first rating once there is more than two weeks of it', () => {
    expect(chartWindowStart('quarter', today, series(['2026-10-01', today]), none)).toBe(
      '2026-09-30',
    )
    expect(chartWindowStart('year', today, none, series(['2026-10-01']))).toBe('2026-09-30')
  })

  it('keeps the chosen range when ratings reach back past it', () => {
    expect(chartWindowStart('quarter', today, series(['2026-06-01', today]), none)).toBe(
      '2026-08-28',
    )
    expect(chartWindowStart('year', today, series(['2026-06-01', today]), none)).toBe('2026-05-31')
  })

  it('offers the range buttons only when they would show different pictures', () => {
    expect(rangesDiffer(today, series(['2026-10-01']), none)).toBe(false)
    expect(rangesDiffer(today, series(['2026-06-01']), none)).toBe(true)
    expect(rangesDiffer(today, none, none)).toBe(false)
  })

  it('calls the chart young until ratings fall in three different weeks', () => {
    expect(chartIsYoung(series([today]), series([today]))).toBe(true)
    expect(chartIsYoung(series(['2026-11-20', today]), none)).toBe(true)
    expect(chartIsYoung(series(['2026-11-10', today]), series(['2026-11-20']))).toBe(false)
  })
})
