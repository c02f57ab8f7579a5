import { describe, expect, it } from 'vitest'
import { indexLogs } from '@renderer/domain/commitments/commitmentLog'
import type { Commitment } from '@renderer/domain/commitments/types'
import { keptInLastDays } from '@renderer/domain/commitments/recentKept'
import { weekSoFar } from '@renderer/domain/commitments/weekSoFar'
import { weeksKept } from '@renderer/domain/commitments/weeksKept'
import { heatmapWeeksFor } from '@renderer/features/commitments/heatmapWeeks'
import { recentLine, thisWeekLine, weeksLine } from '@renderer/features/commitments/keptLines'
import { scheduleText } from '@renderer/features/commitments/scheduleText'

function walk(startDate: string): Commitment {
  return {
    id: 'walk',
    title: 'Evening walk',
    link: null,
    createdAt: `${startDate}T08:00:00.000Z`,
    updatedAt: `${startDate}T08:00:00.000Z`,
    schedules: [{ effectiveFrom: startDate, schedule: { kind: 'daily' } }],
    archivedOn: null,
  }
}

const kept = (dates: readonly string[]) =>
  indexLogs(dates.map((date) => ({ id: `walk@${date}`, commitmentId: 'walk', date, keptAt: '' })))

describe('scheduleText', () => {
  it('says how often in plain words, weeks starting on Monday', () => {
    expect(scheduleText({ kind: 'daily' })).toBe('Every day')
    expect(scheduleText({ kind: 'weekdays', days: [0, 3, 1] })).toBe(
      'Mondays, Wednesdays and Sundays',
    )
    expect(scheduleText({ kind: 'weekdays', days: [1, 2, 3, 4, 5] })).toBe('Monday to Friday')
    expect(scheduleText({ kind: 'timesPerWeek', times: 1 })).toBe('Once a week')
    expect(scheduleText({ kind: 'timesPerWeek', times: 4 })).toBe('4 times a week')
  })
})

describe('the lines under a commitment', () => {
  it('welcome a commitment begun today instead of reporting nothing planned', () => {
    const commitment = walk('2026-03-06')
    const recent = keptInLastDays(commitment, kept([]), '2026-03-06')
    expect(recentLine(commitment, recent, '2026-03-06')).toBe(
      'Just begun. Each day you keep it will show here.',
    )
  })

  it('notice a day kept that nothing asked for, rather than saying nothing was planned', () => {
    const weekdays: Commitment = {
      ...walk('2026-03-02'),
      schedules: [{ effectiveFrom: '2026-03-07', schedule: { kind: 'daily' } }],
    }
    const recent = keptInLastDays(weekdays, kept(['2026-03-04']), '2026-03-04')
    expect(recent.due).toBe(0)
    expect(recentLine(weekdays, recent, '2026-03-04', 1)).toBe(
      'Kept on 1 day it did not ask for: extra, and noticed.',
    )
  })

  it('count kept days and weeks kindly once there is a history', () => {
    const commitment = walk('2026-02-23')
    const logs = kept(['2026-02-23', '2026-02-24', '2026-02-26', '2026-03-02', '2026-03-03'])
    const recent = keptInLastDays(commitment, logs, '2026-03-04')
    expect(recentLine(commitment, recent, '2026-03-04')).toBe(
      'Kept 5 of 9 planned times in the last 28 days.',
    )
    const weeks = weeksKept(commitment, logs, '2026-03-04')
    expect(weeksLine(weeks)).toBe('0 of 1 week kept.')
    // Wednesday, not kept yet: Monday and Tuesday were kept, five days are still ahead.
    expect(thisWeekLine(weekSoFar(commitment, logs, '2026-03-04'))).toBe(
      '2 kept this week · 5 days still to come.',
    )
  })

  it('show a young commitment only its own weeks, between four and seventeen', () => {
    expect(heatmapWeeksFor('2026-03-04', '2026-03-06')).toBe(4)
    expect(heatmapWeeksFor('2026-01-05', '2026-03-06')).toBe(9)
    expect(heatmapWeeksFor('2024-01-01', '2026-03-06')).toBe(17)
  })
})
