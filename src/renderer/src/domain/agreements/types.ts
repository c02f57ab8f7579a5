import type { Rating } from '../journal/entry'
import type { LocalDate } from '../commitments/calendar/localDate'

export type AgreementKind = 'boundary' | 'routine' | 'transparency' | 'check-in' | 'other'

export const agreementKinds: readonly AgreementKind[] = [
  'boundary',
  'routine',
  'transparency',
  'check-in',
  'other',
]

/** 'to-revisit': still in place, but one of you wants to talk it through again. */
export type AgreementStatus = 'active' | 'to-revisit' | 'retired'

/** "How did this go this week?" */
export interface AgreementCheckIn {
  readonly id: string
  readonly date: LocalDate
  readonly rating: Rating
  readonly note: string
  /** ISO 8601 instant. */
  readonly createdAt: string
}

/** The parts of an agreement the person writes. */
export interface AgreementDraft {
  readonly kind: AgreementKind
  readonly title: string
  readonly whatIWillDo: string
  readonly whatMyPartnerWillDo: string
  readonly whyItMatters: string
  readonly startDate: LocalDate
  readonly reviewDate: LocalDate
}

export interface Agreement extends AgreementDraft {
  readonly id: string
  readonly status: AgreementStatus
  /** Why it was retired; null unless status is 'retired'. */
  readonly retiredNote: string | null
  /** Oldest first. */
  readonly checkIns: readonly AgreementCheckIn[]
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly updatedAt: string
}
