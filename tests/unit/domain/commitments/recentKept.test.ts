import { describe, expect, it } from 'vitest'
import { indexLogs, toggleLog } from '@renderer/domain/commitments/commitmentLog'
import {
  keptInLastDays,
  overallKeptInLastDays,
  recentKeptSentence,
} from '@renderer/domain/commitments/recentKept'
import { commitmentFrom, daily, daysFrom, keptOn } from './commitmentFixtures'

const walk = commitmentFrom('2026-01-05', daily)

describe('kept in the last 28 days', () => {
  it('says "kept 23 of the last 28 days" when five days were missed', () => {
    const missed = new Set(['2026-03-03', '2026-03-09', '2026-03-10', '2026-03-17', '2026-03-25'])
    const kept = daysFrom('2026-03-02', '2026-03-29').filter((day) => !missed.has(day))
    const recent = keptInLastDays(walk, keptOn(kept), '2026-03-29')
    expect(recent).toEqual({ kept: 23, due: 28, days: 28 })
    expect(recentKeptSentence(recent)).toBe('Kept 23 of the last 28 days.')
  })

  it('never counts today as missed before it is kept', () => {
    const upToYesterday = keptOn(daysFrom('2026-03-01', '2026-03-28'))
    expect(keptInLastDays(walk, upToYesterday, '2026-03-29')).toEqual({
      kept: 28,
      due: 28,
      days: 28,
    })
    const withToday = keptOn(daysFrom('2026-03-02', '2026-03-29'))
    expect(keptInLastDays(walk, withToday, '2026-03-29')).toEqual({ kept: 28, due: 28, days: 28 })
  })

  it('counts only the days a weekdays schedule asked for', () => {
    // Monday, Wednesday, Friday: 12 asks in four weeks. A Tuesday walk is welcome but not counted.
    const call = commitmentFrom('2026-01-05', { kind: 'weekdays', days: [1, 3, 5] })
    const kept = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-06', '2026-03-27']
    const recent = keptInLastDays(call, keptOn(kept), '2026-03-29')
    expect(recent).toEqual({ kept: 4, due: 12, days: 28 })
    expect(recentKeptSentence(recent)).toBe('Kept 4 of 12 planned times in the last 28 days.')
  })

  it('asks N times per seven days of a times-per-week schedule, not every day', () => {
    const talk = commitmentFrom('2026-01-05', { kind: 'timesPerWeek', times: 3 })
    // Window 2 to 29 March in blocks ending on the 29th, 22nd, 15th and 8th.
    // Five talks in the last block count as its three; one in each of two others; none in one.
    const kept = [
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-16',
      '2026-03-03',
    ]
    expect(keptInLastDays(talk, keptOn(kept), '2026-03-29')).toEqual({ kept: 5, due: 12, days: 28 })
  })

  it('only counts from the first day of a new commitment', () => {
    const fresh = commitmentFrom('2026-03-20', daily)
    const recent = keptInLastDays(fresh, keptOn(daysFrom('2026-03-20', '2026-03-29')), '2026-03-29')
    expect(recent).toEqual({ kept: 10, due: 10, days: 28 })
    expect(recentKeptSentence(recent)).toBe('Kept 10 of 10 planned times in the last 28 days.')
    expect(
      recentKeptSentence(
        keptInLastDays(commitmentFrom('2026-03-29', daily), keptOn([]), '2026-03-29'),
      ),
    ).toBe('Nothing was planned in the last 28 days.')
  })

  it('names a stretch with nothing kept gently instead of scoring it zero', () => {
    const recent = keptInLastDays(commitmentFrom('2026-03-01', daily), keptOn([]), '2026-03-29')
    expect(recent.kept).toBe(0)
    expect(recentKeptSentence(recent)).toBe(
      'None marked as kept in the last 28 days. You can pick it up again any day.',
    )
  })

  it('keeps a leap day as one of the 28 days', () => {
    const leap = commitmentFrom('2028-01-03', daily)
    const kept = keptOn(daysFrom('2028-02-14', '2028-03-13'))
    expect(keptInLastDays(leap, kept, '2028-03-13')).toEqual({ kept: 28, due: 28, days: 28 })
    const withoutLeapDay = keptOn(
      daysFrom('2028-02-14', '2028-03-13').filter((d) => d !== '2028-02-29'),
    )
    expect(keptInLastDays(leap, withoutLeapDay, '2028-03-13').kept).toBe(27)
  })

  it('counts a late-evening log in Auckland on the Auckland day', () => {
    const walkInAuckland = commitmentFrom('2026-03-01', daily)
    // 11:30Z on 10 March: 00:30 on the 11th in Auckland, still the 10th in UTC.
    const lateLog = toggleLog(
      [],
      'walk',
      '2026-03-11',
      new Date('2026-03-10T11:30:00Z'),
      'Pacific/Auckland',
    )
    if (!lateLog.ok) throw new Error(lateLog.error.message)
    const index = indexLogs(lateLog.value.logs)
    expect(keptInLastDays(walkInAuckland, index, '2026-03-11', 1)).toEqual({
      kept: 1,
      due: 1,
      days: 1,
    })
    expect(keptInLastDays(walkInAuckland, index, '2026-03-10', 1)).toEqual({
      kept: 0,
      due: 1,
      days: 1,
    })
  })

  it('sums several commitments into one overall figure', () => {
    const call = commitmentFrom('2026-01-05', { kind: 'weekdays', days: [1, 3, 5] }, [], 'call')
    const index = indexLogs([
      ...daysFrom('2026-03-02', '2026-03-29').map((date) => ({
        id: date,
        commitmentId: 'walk',
        date,
        keptAt: `${date}T20:00:00Z`,
      })),
      { id: 'c1', commitmentId: 'call', date: '2026-03-27', keptAt: '2026-03-27T20:00:00Z' },
    ])
    expect(overallKeptInLastDays([walk, call], index, '2026-03-29')).toEqual({
      kept: 29,
      due: 40,
      days: 28,
    })
  })
})
