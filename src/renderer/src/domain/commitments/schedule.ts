import { toDayNumber, weekdayOfDay, type LocalDate, type Weekday } from './calendar/localDate'
import { planOf, scheduleInPlan } from './commitmentPlan'
import type { Commitment, Schedule } from './types'

/** Plain-language problem with a schedule, or null when it is fine. */
export function scheduleProblem(schedule: Schedule): string | null {
  switch (schedule.kind) {
    case 'daily':
      return null
    case 'weekdays': {
      const valid = schedule.days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6)
      if (!valid || schedule.days.length === 0) {
        return 'Choose at least one day of the week for this commitment.'
      }
      return null
    }
    case 'timesPerWeek':
      if (!Number.isInteger(schedule.times) || schedule.times < 1 || schedule.times > 7) {
        return 'Choose how many times a week, from 1 to 7.'
      }
      return null
  }
}

/** Sorted, without repeats: [3, 1, 3] becomes [1, 3]. */
export function normaliseSchedule(schedule: Schedule): Schedule {
  if (schedule.kind !== 'weekdays') return schedule
  const days = [...new Set(schedule.days)].sort((a, b) => a - b) as Weekday[]
  return { kind: 'weekdays', days }
}

/** The schedule in force on a day, or null before the commitment began or from its archive day. */
export function scheduleOn(commitment: Commitment, date: LocalDate): Schedule | null {
  return scheduleInPlan(planOf(commitment), toDayNumber(date))
}

/**
 * Whether the commitment asks for something on a day. A timesPerWeek commitment can be kept on
 * any day of its week, so every day it is in force counts as due here; its statistics still ask
 * for N days a week, not seven.
 */
export function isDue(commitment: Commitment, date: LocalDate): boolean {
  const day = toDayNumber(date)
  const schedule = scheduleInPlan(planOf(commitment), day)
  if (schedule === null) return false
  if (schedule.kind === 'weekdays') return schedule.days.includes(weekdayOfDay(day))
  return true
}
