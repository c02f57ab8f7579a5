import { describe, expect, it } from 'vitest'
import { isDue, scheduleOn, scheduleProblem } from '@renderer/domain/commitments/schedule'
import { commitmentFrom, daily } from './commitmentFixtures'

describe('when a commitment is due', () => {
  it('asks every day of a daily schedule from its first day on', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    expect(isDue(walk, '2026-03-01')).toBe(false)
    expect(isDue(walk, '2026-03-02')).toBe(true)
    expect(isDue(walk, '2026-03-29')).toBe(true)
  })

  it('asks only on the chosen weekdays', () => {
    // Monday, Wednesday and Friday.
    const call = commitmentFrom('2026-03-02', { kind: 'weekdays', days: [1, 3, 5] })
    const week = [
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]
    expect(week.map((date) => isDue(call, date))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
    ])
  })

  it('treats Sunday as weekday 0', () => {
    const sundays = commitmentFrom('2026-03-02', { kind: 'weekdays', days: [0] })
    expect(isDue(sundays, '2026-03-08')).toBe(true)
    expect(isDue(sundays, '2026-03-09')).toBe(false)
  })

  it('leaves every day open for a times-per-week schedule', () => {
    const talk = commitmentFrom('2026-03-02', { kind: 'timesPerWeek', times: 3 })
    expect(isDue(talk, '2026-03-03')).toBe(true)
    expect(isDue(talk, '2026-03-08')).toBe(true)
  })

  it('keeps the old schedule for the days before a mid-week edit', () => {
    const walk = commitmentFrom('2026-03-02', daily, [
      { effectiveFrom: '2026-03-05', schedule: { kind: 'weekdays', days: [6] } },
    ])
    expect(isDue(walk, '2026-03-03')).toBe(true)
    expect(isDue(walk, '2026-03-05')).toBe(false)
    expect(isDue(walk, '2026-03-07')).toBe(true)
    expect(scheduleOn(walk, '2026-03-04')).toEqual(daily)
  })

  it('stops asking from the day it is archived', () => {
    const walk = { ...commitmentFrom('2026-03-02', daily), archivedOn: '2026-03-10' }
    expect(isDue(walk, '2026-03-09')).toBe(true)
    expect(isDue(walk, '2026-03-10')).toBe(false)
  })

  it('includes the leap day in a daily schedule', () => {
    expect(isDue(commitmentFrom('2028-02-01', daily), '2028-02-29')).toBe(true)
    expect(isDue(commitmentFrom('2028-02-01', { kind: 'weekdays', days: [2] }), '2028-02-29')).toBe(
      true,
    )
  })

  it('explains what is wrong with a schedule in plain words', () => {
    expect(scheduleProblem({ kind: 'weekdays', days: [] })).toMatch(/at least one day/)
    expect(scheduleProblem({ kind: 'weekdays', days: [7 as 0] })).toMatch(/at least one day/)
    expect(scheduleProblem({ kind: 'timesPerWeek', times: 0 })).toMatch(/from 1 to 7/)
    expect(scheduleProblem({ kind: 'timesPerWeek', times: 2.5 })).toMatch(/from 1 to 7/)
    expect(scheduleProblem(daily)).toBeNull()
  })
})
