import { describe, expect, it } from 'vitest'
import { weekSoFar } from '@renderer/domain/commitments/weekSoFar'
import { commitmentFrom, daily, keptOn } from './commitmentFixtures'

describe('this week so far (weeks run Monday to Sunday)', () => {
  it('splits a daily week into days kept, days missed and days still to come', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    // Wednesday 11 March: Monday kept, Tuesday missed, Wednesday not yet kept.
    expect(weekSoFar(walk, keptOn(['2026-03-09']), '2026-03-11')).toEqual({
      kept: 1,
      due: 7,
      met: false,
      missedDays: 1,
      daysToCome: 5,
    })
  })

  it('leaves out the days before a commitment began', () => {
    const walk = commitmentFrom('2026-03-12', daily)
    expect(weekSoFar(walk, keptOn(['2026-03-12']), '2026-03-12')).toEqual({
      kept: 1,
      due: 4,
      met: false,
      missedDays: 0,
      daysToCome: 3,
    })
  })

  it('follows a mid-week change of schedule day by day', () => {
    // Daily Monday to Wednesday, then Saturdays only: Tuesday was missed, Saturday is ahead.
    const walk = commitmentFrom('2026-03-02', daily, [
      { effectiveFrom: '2026-03-12', schedule: { kind: 'weekdays', days: [6] } },
    ])
    expect(weekSoFar(walk, keptOn(['2026-03-09', '2026-03-11']), '2026-03-12')).toMatchObject({
      kept: 2,
      due: 4,
      missedDays: 1,
      daysToCome: 1,
    })
  })

  it('never marks a times-a-week day as missed, and meets the week once the target is reached', () => {
    const twice = commitmentFrom('2026-03-02', { kind: 'timesPerWeek', times: 2 })
    expect(weekSoFar(twice, keptOn([]), '2026-03-13')).toMatchObject({
      kept: 0,
      due: 2,
      missedDays: 0,
      daysToCome: 3,
    })
    expect(weekSoFar(twice, keptOn(['2026-03-09', '2026-03-13']), '2026-03-13')).toMatchObject({
      kept: 2,
      met: true,
    })
  })
})
