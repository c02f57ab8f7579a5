import { weekdayOfDay, type DayNumber } from './calendar/localDate'
import { scheduleInPlan, type CommitmentPlan } from './commitmentPlan'

/** How many of the planned times were kept. `kept` never exceeds `due`. */
export interface KeptTally {
  readonly kept: number
  readonly due: number
}

export const emptyTally: KeptTally = { kept: 0, due: 0 }

export function addTallies(a: KeptTally, b: KeptTally): KeptTally {
  return { kept: a.kept + b.kept, due: a.due + b.due }
}

/**
 * Kept and planned times over a block of at most seven days, `from` to `to` inclusive.
 *
 * Days under a daily or weekdays schedule count one by one; a kept day it did not ask for is a
 * kindness, not a debt, and is left out of both numbers. Days under a timesPerWeek schedule share
 * a target of N/7 per day, rounded, so a mid-week switch from 3 a week to daily asks
 * round(3 × 3/7) = 1 time for Monday to Wednesday plus the four days after. If the person kept
 * more days than a small fractional target rounds to, the target rounds up to meet them rather
 * than hide what they did.
 */
export function tallyBlock(
  plan: CommitmentPlan,
  keptDays: ReadonlySet<DayNumber>,
  from: DayNumber,
  to: DayNumber,
): KeptTally {
  let fixedDue = 0
  let fixedKept = 0
  let flexibleWeight = 0
  let flexibleKept = 0
  for (let day = from; day <= to; day++) {
    const schedule = scheduleInPlan(plan, day)
    if (schedule === null) continue
    const kept = keptDays.has(day)
    if (schedule.kind === 'timesPerWeek') {
      flexibleWeight += schedule.times / 7
      if (kept) flexibleKept++
    } else if (schedule.kind === 'daily' || schedule.days.includes(weekdayOfDay(day))) {
      fixedDue++
      if (kept) fixedKept++
    }
  }
  let flexibleDue = 0
  if (flexibleWeight > 0) {
    // Seven sums of 3/7 can land on 3.0000000000000004, which Math.ceil would make 4.
    const weight = flexibleWeight - 1e-9
    flexibleDue = Math.max(Math.round(weight), Math.min(flexibleKept, Math.ceil(weight)))
  }
  return {
    due: fixedDue + flexibleDue,
    kept: fixedKept + Math.min(flexibleKept, flexibleDue),
  }
}
