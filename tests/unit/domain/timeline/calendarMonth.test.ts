import { describe, expect, it } from 'vitest'
import { calendarMonth, countEntriesByDate } from '@renderer/domain/timeline/calendarMonth'
import { entryOn } from './fixtures'

describe('calendarMonth', () => {
  const counts = countEntriesByDate([
    entryOn('2024-02-29', { id: '1' }),
    entryOn('2024-02-29', { id: '2' }),
    entryOn('2024-03-01', { id: '3' }),
    entryOn('2024-01-31', { id: '4' }),
  ])

  it('lays out a leap February in whole Monday-first weeks with counts', () => {
    const month = calendarMonth({ year: 2024, month: 2 }, counts, '2024-02-29')
    expect(month.weeks).toHaveLength(5)
    expect(month.weeks.every((week) => week.length === 7)).toBe(true)
    expect(month.weeks[0]?.[0]).toMatchObject({ date: '2024-01-29', inMonth: false })
    expect(month.weeks[0]?.[2]).toMatchObject({ date: '2024-01-31', inMonth: false, entryCount: 1 })
    expect(month.weeks[0]?.[3]).toMatchObject({ date: '2024-02-01', day: 1, inMonth: true })
    const leapDay = month.weeks.flat().find((d) => d.date === '2024-02-29')
    expect(leapDay).toMatchObject({ entryCount: 2, isToday: true, isFuture: false })
    expect(month.weeks.flat().find((d) => d.date === '2024-03-01')).toMatchObject({
      inMonth: false,
      isFuture: true,
    })
    expect(month.entryCount).toBe(2)
  })

  it('starts weeks on Sunday when asked', () => {
    const month = calendarMonth({ year: 2026, month: 2 }, new Map(), '2026-02-10', 0)
    expect(month.weeks).toHaveLength(4)
    expect(month.weeks[0]?.[0]?.date).toBe('2026-02-01')
    expect(month.weeks[3]?.[6]?.date).toBe('2026-02-28')
  })

  it('uses six weeks when a long month starts late in the week', () => {
    const month = calendarMonth({ year: 2026, month: 8 }, new Map(), '2026-08-01')
    expect(month.weeks).toHaveLength(6)
    expect(month.weeks[5]?.[0]?.date).toBe('2026-08-31')
  })

  it('crosses the year boundary for December', () => {
    const month = calendarMonth({ year: 2025, month: 12 }, new Map(), '2025-12-31')
    expect(month.weeks.at(-1)?.at(-1)?.date).toBe('2026-01-04')
  })
})
