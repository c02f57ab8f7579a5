import { fail, ok, type Result } from '@shared/result'
import { instantToLocalDate } from '../commitments/calendar/instantToLocalDate'
import { isLocalDate, type LocalDate } from '../commitments/calendar/localDate'

/** A step the person names in advance ("first honest conversation about money") and marks reached. */
export interface Milestone {
  readonly id: string
  readonly title: string
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly reachedAt: string | null
  /**
   * The day it was reached in the person's own calendar, which may be earlier than the day they
   * marked it; null while not reached.
   */
  readonly reachedOn: LocalDate | null
}

export const maxMilestoneTitleLength = 160

function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'Give the milestone a few words, so you will recognise it.'
  if (title.trim().length > maxMilestoneTitleLength) {
    return `That is a little long for a milestone. Try keeping it under ${maxMilestoneTitleLength} characters.`
  }
  return null
}

export function defineMilestone(title: string, id: string, now: Date): Result<Milestone> {
  const problem = titleProblem(title)
  if (problem !== null) return fail('invalid-milestone', problem)
  return ok({
    id,
    title: title.trim(),
    createdAt: now.toISOString(),
    reachedAt: null,
    reachedOn: null,
  })
}

export function renameMilestone(milestone: Milestone, title: string): Result<Milestone> {
  const problem = titleProblem(title)
  if (problem !== null) return fail('invalid-milestone', problem)
  return ok({ ...milestone, title: title.trim() })
}

/**
 * Marks it reached on `reachedOn` (today by default in the screen, or an earlier day the person
 * picks). Marking it again keeps the first record.
 */
export function reachMilestone(
  milestone: Milestone,
  now: Date,
  reachedOn: LocalDate,
): Result<Milestone> {
  if (milestone.reachedAt !== null) return ok(milestone)
  if (!isLocalDate(reachedOn)) return fail('invalid-milestone', 'Pick the day you reached it.')
  return ok({ ...milestone, reachedAt: now.toISOString(), reachedOn })
}

/** For a mark made by mistake. */
export function unreachMilestone(milestone: Milestone): Milestone {
  return { ...milestone, reachedAt: null, reachedOn: null }
}

/**
 * The day a milestone was reached; records without reachedOn fall back to the instant in the
 * person's zone.
 */
export function milestoneReachedOn(milestone: Milestone, timeZone: string): LocalDate | null {
  if (milestone.reachedOn !== null && milestone.reachedOn !== undefined) return milestone.reachedOn
  return milestone.reachedAt === null ? null : instantToLocalDate(milestone.reachedAt, timeZone)
}
