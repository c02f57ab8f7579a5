import { describe, expect, it } from 'vitest'
import { toDayNumber } from '@renderer/domain/commitments/calendar/localDate'
import type { RatingSeries } from '@renderer/domain/progress/ratingSeries'
import {
  chartMarkers,
  rangeStart,
  ratingChartData,
  weeklyRows,
} from '@renderer/features/progress/ratingChartData'

const seconds = (date: string) => toDayNumber(date) * 86_400

const mood: RatingSeries = {
  points: [
    { date: '2026-02-23', value: 2, ratings: 1 },
    { date: '2026-03-03', value: 4, ratings: 1 },
  ],
  weekly: [
    { weekStart: '2026-02-23', average: 2, days: 1 },
    { weekStart: '2026-03-02', average: 4, days: 1 },
  ],
}
const trust: RatingSeries = {
  points: [{ date: '2026-03-02', value: 3, ratings: 2 }],
  weekly: [{ weekStart: '2026-03-02', average: 3, days: 1 }],
}

describe('ratingChartData', () => {
  it('puts both series on one day axis, with nulls where a series has nothing', () => {
    const data = ratingChartData(mood, trust, '2026-02-01', '2026-03-04')
    expect(data.x).toEqual(
      ['2026-02-23', '2026-02-26', '2026-03-02', '2026-03-03', '2026-03-04'].map(seconds),
    )
    expect(data.moodDaily).toEqual([2, null, null, 4, null])
    expect(data.trustDaily).toEqual([null, null, 3, null, null])
  })

  it('sets a weekly average on the Thursday of its week, or on today while the week is young', () => {
    const data = ratingChartData(mood, trust, '2026-02-01', '2026-03-04')
    expect(data.moodWeekly).toEqual([null, 2, null, null, 4])
    expect(data.trustWeekly).toEqual([null, null, null, null, 3])
  })

  it('leaves out what falls before the range and spans the whole range on the axis', () => {
    const data = ratingChartData(mood, trust, '2026-03-01', '2026-03-04')
    expect(data.moodDaily).not.toContain(2)
    expect([data.from, data.to]).toEqual([seconds('2026-03-01'), seconds('2026-03-04')])
  })
})

describe('rangeStart', () => {
  it('reaches back three months, a year, or to the first rating', () => {
    expect(rangeStart('quarter', '2026-03-04', mood, trust)).toBe('2025-12-04')
    expect(rangeStart('year', '2026-03-04', mood, trust)).toBe('2025-03-05')
    expect(rangeStart('all', '2026-03-04', mood, trust)).toBe('2026-02-23')
  })
})

describe('chartMarkers and weeklyRows', () => {
  it('keep only the markers inside the range', () => {
    const markers = chartMarkers(
      [
        { date: '2026-01-01', kind: 'setback', id: 's', label: 'Old' },
        { date: '2026-03-03', kind: 'milestone', id: 'm', label: 'Talk' },
      ],
      '2026-02-01',
      '2026-03-04',
    )
    expect(markers).toEqual([{ x: seconds('2026-03-03'), kind: 'milestone' }])
  })

  it('set the weekly averages of mood and trust side by side', () => {
    expect(weeklyRows(mood, trust, '2026-02-01')).toEqual([
      { weekStart: '2026-02-23', mood: 2, trust: null },
      { weekStart: '2026-03-02', mood: 4, trust: 3 },
    ])
  })
})
