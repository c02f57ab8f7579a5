import { describe, expect, it } from 'vitest'
import { onThisDay } from '@renderer/domain/timeline/onThisDay'
import type { TimelineEntry } from '@renderer/domain/timeline/types'
import { entryOn } from './fixtures'

function datesFor(entries: readonly TimelineEntry[], today: string): string[] {
  return onThisDay(entries, today).map((group) => group.date)
}

const all = (dates: readonly string[]): TimelineEntry[] => dates.map((date) => entryOn(date))

describe('onThisDay', () => {
  it('finds the same day in earlier months and years, most recent first, across a year boundary', () => {
    const groups = onThisDay(
      all(['2025-12-15', '2025-01-15', '2024-06-15', '2026-01-01']),
      '2026-01-15',
    )
    expect(groups.map((g) => [g.date, g.monthsAgo, g.yearsAgo])).toEqual([
      ['2025-12-15', 1, null],
      ['2025-01-15', 12, 1],
      ['2024-06-15', 19, null],
    ])
  })

  it('never includes the current month, not even today itself', () => {
    expect(datesFor(all(['2026-01-15', '2026-01-01']), '2026-01-15')).toEqual([])
  })

  it('on the last day of a short month, also brings back the later days of longer months', () => {
    const entries = all(['2026-01-27', '2026-01-28', '2026-01-29', '2026-01-31', '2025-12-30'])
    expect(datesFor(entries, '2026-02-28')).toEqual([
      '2026-01-31',
      '2026-01-29',
      '2026-01-28',
      '2025-12-30',
    ])
  })

  it('shows each entry once a month: the 31st waits for the last day, not the 28th', () => {
    const entries = all(['2026-01-31', '2026-02-28'])
    expect(datesFor(entries, '2026-03-28')).toEqual(['2026-02-28'])
    expect(datesFor(entries, '2026-03-30')).toEqual([])
    expect(datesFor(entries, '2026-03-31')).toEqual(['2026-01-31'])
    expect(datesFor(all(['2026-03-31', '2026-03-30']), '2026-04-30')).toEqual([
      '2026-03-31',
      '2026-03-30',
    ])
  })

  it('brings a leap-day entry back on 28 February in ordinary years and on 29 February in leap years', () => {
    const leapDay = all(['2024-02-29'])
    expect(onThisDay(leapDay, '2025-02-28')[0]).toMatchObject({ monthsAgo: 12, yearsAgo: 1 })
    expect(datesFor(leapDay, '2028-02-28')).toEqual([])
    expect(onThisDay(leapDay, '2028-02-29')[0]).toMatchObject({ yearsAgo: 4 })
    expect(datesFor(leapDay, '2024-03-29')).toEqual(['2024-02-29'])
  })

  it('in a leap February, the 29th of earlier months waits for the 29th', () => {
    expect(datesFor(all(['2028-01-29']), '2028-02-28')).toEqual([])
    expect(datesFor(all(['2028-01-29', '2028-01-31']), '2028-02-29')).toEqual([
      '2028-01-31',
      '2028-01-29',
    ])
  })

  it('can be limited to the same day in earlier years', () => {
    const groups = onThisDay(all(['2025-12-15', '2025-01-15', '2023-01-15']), '2026-01-15', {
      scope: 'years',
    })
    expect(groups.map((g) => g.yearsAgo)).toEqual([1, 3])
  })

  it('groups several entries of the same day, latest written first', () => {
    const entries = [
      entryOn('2025-12-15', { id: 'a', createdAt: '2025-12-15T08:00:00.000Z' }),
      entryOn('2025-12-15', { id: 'b', createdAt: '2025-12-15T22:00:00.000Z' }),
    ]
    expect(onThisDay(entries, '2026-01-15')[0]?.entries.map((e) => e.id)).toEqual(['b', 'a'])
  })
})
