import { createAgreement } from '@renderer/domain/agreements/agreement'
import type { Agreement, AgreementDraft } from '@renderer/domain/agreements/types'

export const created = new Date('2026-03-02T09:00:00Z')

export const dinnersDraft: AgreementDraft = {
  kind: 'routine',
  title: 'Phone-free dinners',
  whatIWillDo: 'Leave my phone in the hall during dinner.',
  whatMyPartnerWillDo: 'The same, and tell me if something urgent is waiting.',
  whyItMatters: 'Dinner is where we talk.',
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
}

export function agreement(overrides: Partial<AgreementDraft> = {}, id = 'dinners'): Agreement {
  const result = createAgreement({ ...dinnersDraft, ...overrides }, id, created)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
