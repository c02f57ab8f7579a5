import { toDayNumber, weekdayOfDay, weekStartDay, type LocalDate } from './calendar/localDate'
import { keptDaysOf, type LogIndex } from './commitmentLog'
import { planOf, scheduleInPlan } from './commitmentPlan'
import { tallyBlock } from './keptTally'
import type { Commitment } from './types'

/**
 * This Monday-to-Sunday week as it stands today, split into the days that have come and the days
 * still ahead, so "1 of 4" never reads as three missed days when three of them have not happened.
 */
export interface WeekSoFar {
  /** Planned times kept this week (a timesPerWeek count never goes past its target). */
  readonly kept: number
  /** The whole week's planned times, days still ahead included. */
  readonly due: number
  /** True once every planned time of the week is kept. */
  readonly met: boolean
  /**
   * Days before today that a fixed-day schedule (daily or chosen weekdays) asked for and that were
   * not kept. A timesPerWeek day is never missed mid-week: any later day can still make up for it.
   */
  readonly missedDays: number
  /**
   * Days from today to Sunday on which the commitment can still be kept: today while it is not
   * kept yet, then each later day it asks for (any day in force, for timesPerWeek).
   */
  readonly daysToCome: number
}

export function weekSoFar(commitment: Commitment, logs: LogIndex, today: LocalDate): WeekSoFar {
  const plan = planOf(commitment)
  const keptDays = keptDaysOf(logs, commitment.id)
  const todayNumber = toDayNumber(today)
  const monday = weekStartDay(todayNumber)
  const sunday = monday + 6
  const whole = tallyBlock(plan, keptDays, monday, sunday)
  let missedDays = 0
  let daysToCome = 0
  for (let day = monday; day <= sunday; day++) {
    const schedule = scheduleInPlan(plan, day)
    if (schedule === null) continue
    const asks = schedule.kind !== 'weekdays' || schedule.days.includes(weekdayOfDay(day))
    if (!asks) continue
    const kept = keptDays.has(day)
    if (day < todayNumber) {
      if (!kept && schedule.kind !== 'timesPerWeek') missedDays++
    } else if (!kept) {
      daysToCome++
    }
  }
  return {
    kept: whole.kept,
    due: whole.due,
    met: whole.due > 0 && whole.kept >= whole.due,
    missedDays,
    daysToCome,
  }
}
