import { fail, ok, type Result } from '@shared/result'
import { instantToLocalDate } from './calendar/instantToLocalDate'
import { isLocalDate, type LocalDate } from './calendar/localDate'
import { readableDate } from './calendar/readableDate'
import { normaliseSchedule, scheduleProblem } from './schedule'
import type { Commitment, CommitmentLink, Schedule } from './types'

export const maxCommitmentTitleLength = 120

export interface CommitmentDraft {
  readonly title: string
  readonly schedule: Schedule
  readonly link?: CommitmentLink | null
  /** The first day it counts; defaults to today in the person's zone. */
  readonly startDate?: LocalDate
}

function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'Give the commitment a short name, like "Evening walk together".'
  if (title.trim().length > maxCommitmentTitleLength) {
    return `The name is a little long. Try keeping it under ${maxCommitmentTitleLength} characters.`
  }
  return null
}

function invalid(message: string): Result<Commitment> {
  return fail('invalid-commitment', message)
}

export function createCommitment(
  draft: CommitmentDraft,
  id: string,
  now: Date,
  timeZone: string,
): Result<Commitment> {
  const problem = titleProblem(draft.title) ?? scheduleProblem(draft.schedule)
  if (problem !== null) return invalid(problem)
  const startDate = draft.startDate ?? instantToLocalDate(now, timeZone)
  if (!isLocalDate(startDate)) return invalid('Pick a start date from the calendar.')
  const instant = now.toISOString()
  return ok({
    id,
    title: draft.title.trim(),
    link: draft.link ?? null,
    createdAt: instant,
    updatedAt: instant,
    schedules: [{ effectiveFrom: startDate, schedule: normaliseSchedule(draft.schedule) }],
    archivedOn: null,
  })
}

export function updateCommitmentDetails(
  commitment: Commitment,
  changes: { readonly title?: string; readonly link?: CommitmentLink | null },
  now: Date,
): Result<Commitment> {
  const title = changes.title ?? commitment.title
  const problem = titleProblem(title)
  if (problem !== null) return invalid(problem)
  return ok({
    ...commitment,
    title: title.trim(),
    link: changes.link === undefined ? commitment.link : changes.link,
    updatedAt: now.toISOString(),
  })
}

/**
 * Changes the schedule from `effectiveFrom` on (usually today) and keeps the old one for the days
 * before, so a change on Thursday leaves Monday to Wednesday counted as they were.
 */
export function editSchedule(
  commitment: Commitment,
  schedule: Schedule,
  effectiveFrom: LocalDate,
  now: Date,
): Result<Commitment> {
  const problem = scheduleProblem(schedule)
  if (problem !== null) return invalid(problem)
  if (!isLocalDate(effectiveFrom)) return invalid('Pick the day the new schedule starts from.')
  const firstDay = commitment.schedules[0]?.effectiveFrom ?? effectiveFrom
  if (effectiveFrom < firstDay) {
    return invalid(
      `This commitment began on ${readableDate(firstDay)}. Choose that day or a later one for the new schedule.`,
    )
  }
  // A later edit replaces any version it covers, so at most one version starts on a given day.
  const kept = commitment.schedules.filter((version) => version.effectiveFrom < effectiveFrom)
  const normalised = normaliseSchedule(schedule)
  const previous = kept[kept.length - 1]
  const unchanged =
    previous !== undefined && JSON.stringify(previous.schedule) === JSON.stringify(normalised)
  return ok({
    ...commitment,
    schedules: unchanged ? kept : [...kept, { effectiveFrom, schedule: normalised }],
    updatedAt: now.toISOString(),
  })
}

/** From `archivedOn` on, the commitment no longer asks for anything; its history stays. */
export function archiveCommitment(
  commitment: Commitment,
  archivedOn: LocalDate,
  now: Date,
): Result<Commitment> {
  if (!isLocalDate(archivedOn)) return invalid('Pick the day to archive this commitment from.')
  return ok({ ...commitment, archivedOn, updatedAt: now.toISOString() })
}

export function unarchiveCommitment(commitment: Commitment, now: Date): Commitment {
  return { ...commitment, archivedOn: null, updatedAt: now.toISOString() }
}
