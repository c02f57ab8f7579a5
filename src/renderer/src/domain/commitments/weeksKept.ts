import { toDayNumber, weekStartDay, type LocalDate } from './calendar/localDate'
import { keptDaysOf, type LogIndex } from './commitmentLog'
import { planOf } from './commitmentPlan'
import { tallyBlock, type KeptTally } from './keptTally'
import type { Commitment } from './types'

export interface WeekTally extends KeptTally {
  /** True when every planned time of the week was kept. */
  readonly met: boolean
}

export interface WeeksKept {
  /** Weeks (Monday to Sunday) whose target was met. */
  readonly kept: number
  /** Weeks that had a target and are over, plus this week once it is met. */
  readonly counted: number
  /** This week against its whole target, days still ahead included. */
  readonly thisWeek: WeekTally
}

function fullWeek(commitment: Commitment, logs: LogIndex, monday: number): WeekTally {
  const tally = tallyBlock(planOf(commitment), keptDaysOf(logs, commitment.id), monday, monday + 6)
  return { ...tally, met: tally.due > 0 && tally.kept >= tally.due }
}

/**
 * One Monday-to-Sunday week up to today: days after today are left out, and today joins once it is
 * kept, so a week in progress reads as "so far". `met` compares against what was planned so far.
 */
export function keptInWeek(
  commitment: Commitment,
  logs: LogIndex,
  weekOf: LocalDate,
  today: LocalDate,
): WeekTally {
  const keptDays = keptDaysOf(logs, commitment.id)
  const monday = weekStartDay(toDayNumber(weekOf))
  const todayNumber = toDayNumber(today)
  const lastCounted = keptDays.has(todayNumber) ? todayNumber : todayNumber - 1
  const tally = tallyBlock(planOf(commitment), keptDays, monday, Math.min(monday + 6, lastCounted))
  return { ...tally, met: tally.due > 0 && tally.kept >= tally.due }
}

/**
 * "Kept 9 of 11 weeks": a week is kept when its target was met. This week counts once it is met
 * and is never held against the person while it is still going on. `weeks` limits the look back
 * to that many weeks including this one; by default it reaches the commitment's first week.
 */
export function weeksKept(
  commitment: Commitment,
  logs: LogIndex,
  today: LocalDate,
  weeks = Infinity,
): WeeksKept {
  const plan = planOf(commitment)
  const keptDays = keptDaysOf(logs, commitment.id)
  const thisMonday = weekStartDay(toDayNumber(today))
  const firstMonday = Math.max(
    Number.isFinite(plan.firstDay) ? weekStartDay(plan.firstDay) : thisMonday,
    thisMonday - 7 * (weeks - 1),
  )
  let kept = 0
  let counted = 0
  for (let monday = firstMonday; monday < thisMonday; monday += 7) {
    const tally = tallyBlock(plan, keptDays, monday, monday + 6)
    if (tally.due === 0) continue
    counted++
    if (tally.kept >= tally.due) kept++
  }
  // This week is judged against its whole target, so it only counts once fully met.
  const thisWeek = fullWeek(commitment, logs, thisMonday)
  if (thisWeek.met) {
    kept++
    counted++
  }
  return { kept, counted, thisWeek }
}
