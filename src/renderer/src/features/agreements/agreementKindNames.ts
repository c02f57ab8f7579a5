import type { AgreementKind, AgreementStatus } from '../../domain/agreements/types'

export const agreementKindNames: Readonly<Record<AgreementKind, string>> = {
  boundary: 'Boundary',
  routine: 'Routine',
  transparency: 'Transparency',
  'check-in': 'Check-in',
  other: 'Something else',
}

export const agreementStatusNames: Readonly<Record<AgreementStatus, string>> = {
  active: 'Active',
  'to-revisit': 'To revisit',
  retired: 'Retired',
}

/** Words for a check-in's 1–5: how it went, never a grade of either person. */
export const checkInWords: readonly string[] = ['Hard', 'Rocky', 'Mixed', 'Mostly good', 'Good']
