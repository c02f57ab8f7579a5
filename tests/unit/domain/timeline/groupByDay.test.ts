import { describe, expect, it } from 'vitest'
import { groupByDay } from '@renderer/domain/timeline/groupByDay'
import { rowIndexForDate, timelineRows } from '@renderer/domain/timeline/timelineRows'
import { entryOn } from './fixtures'

const entries = [
  entryOn('2025-12-31', { id: 'nye' }),
  entryOn('2026-01-01', { id: 'morning', createdAt: '2026-01-01T08:00:00.000Z' }),
  entryOn('2026-01-01', { id: 'evening', createdAt: '2026-01-01T21:00:00.000Z' }),
  entryOn('2025-11-30', { id: 'nov' }),
]

describe('groupByDay', () => {
  it('puts the newest day first across a year boundary and the latest entry first within a day', () => {
    const groups = groupByDay(entries)
    expect(groups.map((g) => [g.date, g.entries.map((e) => e.id)])).toEqual([
      ['2026-01-01', ['evening', 'morning']],
      ['2025-12-31', ['nye']],
      ['2025-11-30', ['nov']],
    ])
  })

  it('returns nothing for no entries', () => {
    expect(groupByDay([])).toEqual([])
  })
})

describe('timelineRows', () => {
  it('flattens days into headers followed by their entries, with stable keys', () => {
    const rows = timelineRows(groupByDay(entries), '2026-01-02')
    expect(rows.map((r) => r.key)).toEqual([
      'day:2026-01-01',
      'entry:evening',
      'entry:morning',
      'day:2025-12-31',
      'entry:nye',
      'day:2025-11-30',
      'entry:nov',
    ])
    expect(rows[0]).toMatchObject({ type: 'day', relative: 'yesterday', entryCount: 2 })
    expect(rows.filter((r) => r.type === 'entry' && r.lastOfDay).map((r) => r.key)).toEqual([
      'entry:morning',
      'entry:nye',
      'entry:nov',
    ])
  })

  it('names today and yesterday across a year boundary and a leap day', () => {
    const newYear = timelineRows(groupByDay(entries), '2026-01-01')
    expect(
      newYear.filter((r) => r.type === 'day').map((r) => r.type === 'day' && r.relative),
    ).toEqual(['today', 'yesterday', null])
    const leap = timelineRows(groupByDay([entryOn('2024-02-29')]), '2024-03-01')
    expect(leap[0]).toMatchObject({ relative: 'yesterday' })
  })

  it('finds the row to scroll to for a calendar day, or the next older day with entries', () => {
    const rows = timelineRows(groupByDay(entries), '2026-01-02')
    expect(rowIndexForDate(rows, '2025-12-31')).toBe(3)
    expect(rowIndexForDate(rows, '2025-12-15')).toBe(5)
    expect(rowIndexForDate(rows, '2027-01-01')).toBe(0)
    expect(rowIndexForDate(rows, '2020-01-01')).toBe(-1)
  })
})
