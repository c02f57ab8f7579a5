import type { LocalDate, Weekday } from './calendar/localDate'

/**
 * How often a commitment asks for something. Weeks run Monday to Sunday.
 * - daily: every day
 * - weekdays: on the chosen days (0 = Sunday … 6 = Saturday)
 * - timesPerWeek: any N days of the week, chosen as life allows
 */
export type Schedule =
  | { readonly kind: 'daily' }
  | { readonly kind: 'weekdays'; readonly days: readonly Weekday[] }
  | { readonly kind: 'timesPerWeek'; readonly times: number }

/** A schedule and the first day it applies to; the previous one applies up to the day before. */
export interface ScheduleVersion {
  readonly effectiveFrom: LocalDate
  readonly schedule: Schedule
}

/** What a commitment serves, if anything: an agreement, or a repair step of an apology. */
export type CommitmentLink =
  | { readonly kind: 'agreement'; readonly agreementId: string }
  | { readonly kind: 'repair-step'; readonly apologyId: string; readonly stepId: string }

export interface Commitment {
  readonly id: string
  /** "Ask how her day went, and listen". */
  readonly title: string
  readonly link: CommitmentLink | null
  /** ISO 8601 instant. */
  readonly createdAt: string
  readonly updatedAt: string
  /**
   * Oldest first, never empty; the first version's effectiveFrom is the first day the commitment
   * counts. Edits append instead of overwrite, so last month's statistics stay true.
   */
  readonly schedules: readonly ScheduleVersion[]
  /** The first day it no longer counts; null while it is current. */
  readonly archivedOn: LocalDate | null
}

/** One kept day. At most one log per commitment and day. */
export interface CommitmentLog {
  /** commitmentLogId(commitmentId, date): toggling the same day twice finds the same record. */
  readonly id: string
  readonly commitmentId: string
  readonly date: LocalDate
  /** ISO 8601 instant of the click or key press. */
  readonly keptAt: string
}
