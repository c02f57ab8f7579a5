import { describe, expect, it } from 'vitest'
import { editSchedule } from '@renderer/domain/commitments/commitment'
import { keptInWeek, weeksKept } from '@renderer/domain/commitments/weeksKept'
import { commitmentFrom, daily, daysFrom, keptOn } from './commitmentFixtures'

describe('weeks kept (weeks run Monday to Sunday)', () => {
  it('counts a week as kept when its target was met, and forgives a missed week', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    const kept = [...daysFrom('2026-03-02', '2026-03-08'), ...daysFrom('2026-03-10', '2026-03-22')]
    expect(weeksKept(walk, keptOn(kept), '2026-03-25')).toMatchObject({ kept: 2, counted: 3 })
  })

  it('splits a times-per-week target at Monday, not Sunday', () => {
    const twice = commitmentFrom('2026-03-02', { kind: 'timesPerWeek', times: 2 })
    // Saturday and Sunday fill the first week; the Monday after starts the next one.
    const result = weeksKept(
      twice,
      keptOn(['2026-03-07', '2026-03-08', '2026-03-09']),
      '2026-03-16',
    )
    expect(result).toMatchObject({ kept: 1, counted: 2 })
    // Sunday and Monday straddle two weeks, so neither week reaches two.
    const straddle = weeksKept(twice, keptOn(['2026-03-08', '2026-03-09']), '2026-03-16')
    expect(straddle).toMatchObject({ kept: 0, counted: 2 })
  })

  it('counts this week once its target is met and never holds it against the person before', () => {
    const monday = commitmentFrom('2026-03-02', { kind: 'weekdays', days: [1] })
    const notYet = weeksKept(monday, keptOn([]), '2026-03-04')
    expect(notYet).toEqual({ kept: 0, counted: 0, thisWeek: { kept: 0, due: 1, met: false } })
    const done = weeksKept(monday, keptOn(['2026-03-09']), '2026-03-11')
    expect(done).toEqual({ kept: 1, counted: 2, thisWeek: { kept: 1, due: 1, met: true } })
  })

  it('judges a week edited mid-week by the schedule each day had', () => {
    // Daily Monday to Wednesday, then 3 a week: 3 days + round(3 × 4/7) = 2 more.
    const walk = commitmentFrom('2026-03-02', daily, [
      { effectiveFrom: '2026-03-05', schedule: { kind: 'timesPerWeek', times: 3 } },
    ])
    const fourDays = keptOn(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-07'])
    expect(keptInWeek(walk, fourDays, '2026-03-02', '2026-03-15')).toEqual({
      kept: 4,
      due: 5,
      met: false,
    })
    const fiveDays = keptOn(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-07', '2026-03-08'])
    expect(keptInWeek(walk, fiveDays, '2026-03-02', '2026-03-15')).toEqual({
      kept: 5,
      due: 5,
      met: true,
    })
  })

  it('leaves past weeks as they were after a later schedule edit', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    const logs = keptOn(daysFrom('2026-03-02', '2026-03-10'))
    const before = weeksKept(walk, logs, '2026-03-11')
    const edited = editSchedule(
      walk,
      { kind: 'weekdays', days: [6] },
      '2026-03-11',
      new Date('2026-03-11T09:00:00Z'),
    )
    if (!edited.ok) throw new Error(edited.error.message)
    const after = weeksKept(edited.value, logs, '2026-03-11')
    expect(before).toMatchObject({ kept: 1, counted: 1 })
    expect(after).toMatchObject({ kept: 1, counted: 1 })
    expect(keptInWeek(edited.value, logs, '2026-03-02', '2026-03-11')).toEqual({
      kept: 7,
      due: 7,
      met: true,
    })
    // This week now asks for Monday, Tuesday (still daily) and Saturday.
    expect(after.thisWeek).toEqual({ kept: 2, due: 3, met: false })
  })

  it('asks a prorated target in the first, partial week', () => {
    // Created on Thursday, 3 a week: round(3 × 4/7) = 2.
    const fromThursday = commitmentFrom('2026-03-05', { kind: 'timesPerWeek', times: 3 })
    expect(keptInWeek(fromThursday, keptOn(['2026-03-06']), '2026-03-05', '2026-03-09')).toEqual({
      kept: 1,
      due: 2,
      met: false,
    })
    // Created on Sunday: 3/7 rounds to nothing asked, but a walk that day still counts.
    const fromSunday = commitmentFrom('2026-03-08', { kind: 'timesPerWeek', times: 3 })
    expect(weeksKept(fromSunday, keptOn([]), '2026-03-09')).toMatchObject({ kept: 0, counted: 0 })
    expect(weeksKept(fromSunday, keptOn(['2026-03-08']), '2026-03-09')).toMatchObject({
      kept: 1,
      counted: 1,
    })
  })

  it('reports this week so far, adding today once it is kept', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    expect(
      keptInWeek(walk, keptOn(['2026-03-09', '2026-03-10']), '2026-03-11', '2026-03-11'),
    ).toEqual({
      kept: 2,
      due: 2,
      met: true,
    })
    const withToday = keptOn(['2026-03-09', '2026-03-11'])
    expect(keptInWeek(walk, withToday, '2026-03-11', '2026-03-11')).toEqual({
      kept: 2,
      due: 3,
      met: false,
    })
  })

  it('keeps seven days in daylight-saving and leap-day weeks', () => {
    const london = commitmentFrom('2026-03-02', daily)
    const springWeek = keptOn(daysFrom('2026-03-23', '2026-03-29'))
    expect(keptInWeek(london, springWeek, '2026-03-29', '2026-04-01')).toEqual({
      kept: 7,
      due: 7,
      met: true,
    })
    const autumnWeek = keptOn(daysFrom('2026-10-26', '2026-11-01'))
    expect(keptInWeek(london, autumnWeek, '2026-10-28', '2026-11-02')).toEqual({
      kept: 7,
      due: 7,
      met: true,
    })
    const leap = commitmentFrom('2028-01-03', daily)
    expect(
      keptInWeek(leap, keptOn(daysFrom('2028-02-28', '2028-03-05')), '2028-02-29', '2028-03-06'),
    ).toEqual({
      kept: 7,
      due: 7,
      met: true,
    })
  })

  it('can look back a limited number of weeks', () => {
    const walk = commitmentFrom('2026-01-05', daily)
    const kept = keptOn(daysFrom('2026-01-05', '2026-03-29'))
    expect(weeksKept(walk, kept, '2026-03-29')).toMatchObject({ kept: 12, counted: 12 })
    expect(weeksKept(walk, kept, '2026-03-29', 4)).toMatchObject({ kept: 4, counted: 4 })
  })
})
