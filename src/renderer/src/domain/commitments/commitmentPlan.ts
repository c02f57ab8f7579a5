import { toDayNumber, type DayNumber } from './calendar/localDate'
import type { Commitment, Schedule } from './types'

/** A commitment's schedule history with dates parsed once, for day-by-day statistics. */
export interface CommitmentPlan {
  readonly commitment: Commitment
  /** Oldest first. */
  readonly versions: readonly { readonly from: DayNumber; readonly schedule: Schedule }[]
  readonly firstDay: DayNumber
  /** The first day it no longer counts, or Infinity while it is current. */
  readonly endDay: DayNumber
}

// Commitments are immutable values, so a plan computed once stays right for that object.
const plans = new WeakMap<Commitment, CommitmentPlan>()

export function planOf(commitment: Commitment): CommitmentPlan {
  let plan = plans.get(commitment)
  if (plan === undefined) {
    const versions = commitment.schedules.map((version) => ({
      from: toDayNumber(version.effectiveFrom),
      schedule: version.schedule,
    }))
    plan = {
      commitment,
      versions,
      firstDay: versions[0]?.from ?? Infinity,
      endDay: commitment.archivedOn === null ? Infinity : toDayNumber(commitment.archivedOn),
    }
    plans.set(commitment, plan)
  }
  return plan
}

/**
 * The schedule in force on a day, or null before the commitment began or from its archive day.
 * Versions are few (one per edit), so a backwards scan beats any index.
 */
export function scheduleInPlan(plan: CommitmentPlan, day: DayNumber): Schedule | null {
  if (day < plan.firstDay || day >= plan.endDay) return null
  for (let index = plan.versions.length - 1; index >= 0; index--) {
    const version = plan.versions[index]
    if (version !== undefined && day >= version.from) return version.schedule
  }
  return null
}
