import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { today } from '@renderer/app/today'
import { weekSoFar } from '@renderer/domain/commitments/weekSoFar'
import type { Schedule } from '@renderer/domain/commitments/types'
import { thisWeekLine } from '@renderer/features/commitments/keptLines'
import { commitmentFrom, daily, keptOn } from '../../domain/commitments/commitmentFixtures'

/** The line a commitment card shows, on the day the pinned clock says it is. */
function lineOn(clock: string, start: string, schedule: Schedule, kept: readonly string[]) {
  vi.setSystemTime(new Date(clock))
  return thisWeekLine(weekSoFar(commitmentFrom(start, schedule), keptOn(kept), today()))
}

const mondayWednesdayFriday: Schedule = { kind: 'weekdays', days: [1, 3, 5] }
const threeTimesAWeek: Schedule = { kind: 'timesPerWeek', times: 3 }

describe('the this-week line on a commitment card', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts a daily commitment begun mid-week by the days that have come, and names the rest as still to come', () => {
    // Thursday 26 November 2026, begun and kept today: Friday to Sunday are still ahead.
    expect(lineOn('2026-11-26T19:00:00', '2026-11-26', daily, ['2026-11-26'])).toBe(
      '1 kept this week · 3 days still to come.',
    )
  })

  it('treats today as still to come until it is kept', () => {
    expect(lineOn('2026-11-26T08:00:00', '2026-11-26', daily, [])).toBe(
      '4 days still to come this week.',
    )
    expect(lineOn('2026-11-23T08:00:00', '2026-11-16', daily, [])).toBe(
      '7 days still to come this week.',
    )
  })

  it('says how many of the days so far were kept when one was missed, without calling it a failure', () => {
    // Daily since last week; Monday and Wednesday kept, Tuesday not, Thursday not yet.
    expect(lineOn('2026-11-26T10:00:00', '2026-11-16', daily, ['2026-11-23', '2026-11-25'])).toBe(
      '2 of 3 kept so far this week · 4 days still to come.',
    )
  })

  it('counts only the chosen weekdays, both behind and ahead', () => {
    // Monday, Wednesday and Friday; Thursday: Monday kept, Wednesday missed, Friday ahead.
    expect(lineOn('2026-11-26T19:00:00', '2026-11-02', mondayWednesdayFriday, ['2026-11-23'])).toBe(
      '1 of 2 kept so far this week · 1 day still to come.',
    )
    // Begun on Thursday: only Friday has been asked for this week, and it is still ahead.
    expect(lineOn('2026-11-26T19:00:00', '2026-11-26', mondayWednesdayFriday, [])).toBe(
      '1 day still to come this week.',
    )
  })

  it('never counts a day of an N-times-a-week commitment as missed while the week is still going', () => {
    // Three times a week since last month; kept only Monday, and it is Thursday evening.
    expect(lineOn('2026-11-26T19:00:00', '2026-10-05', threeTimesAWeek, ['2026-11-23'])).toBe(
      '1 kept this week · 4 days still to come.',
    )
    expect(
      lineOn('2026-11-26T19:00:00', '2026-10-05', threeTimesAWeek, [
        '2026-11-23',
        '2026-11-24',
        '2026-11-26',
      ]),
    ).toBe('This week’s plan is met.')
  })

  it('reports the whole week once no day is left in it', () => {
    const kept = ['2026-11-23', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-29']
    expect(lineOn('2026-11-29T21:00:00', '2026-11-02', daily, kept)).toBe('5 of 7 kept this week.')
    expect(lineOn('2026-11-29T21:00:00', '2026-10-05', threeTimesAWeek, ['2026-11-29'])).toBe(
      '1 of 3 kept this week.',
    )
  })

  it('says nothing for a week that asks for nothing', () => {
    // Mondays only, begun on Tuesday: this week has no Monday left to ask for.
    expect(lineOn('2026-11-24T12:00:00', '2026-11-24', { kind: 'weekdays', days: [1] }, [])).toBe(
      null,
    )
  })
})
