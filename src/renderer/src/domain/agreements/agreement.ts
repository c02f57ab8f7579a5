import { fail, ok, type Result } from '@shared/result'
import { agreementProblems } from './agreementProblems'
import type { Agreement, AgreementDraft } from './types'

function tidy(draft: AgreementDraft): AgreementDraft {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    whatIWillDo: draft.whatIWillDo.trim(),
    whatMyPartnerWillDo: draft.whatMyPartnerWillDo.trim(),
    whyItMatters: draft.whyItMatters.trim(),
    startDate: draft.startDate,
    reviewDate: draft.reviewDate,
  }
}

function checked(draft: AgreementDraft): Result<AgreementDraft> {
  const [first] = agreementProblems(draft)
  if (first !== undefined) return fail('invalid-agreement', first.message)
  return ok(tidy(draft))
}

/** A new, active agreement. Forms show every problem with agreementProblems first. */
export function createAgreement(draft: AgreementDraft, id: string, now: Date): Result<Agreement> {
  const result = checked(draft)
  if (!result.ok) return result
  const instant = now.toISOString()
  return ok({
    ...result.value,
    id,
    status: 'active',
    retiredNote: null,
    checkIns: [],
    createdAt: instant,
    updatedAt: instant,
  })
}

/** Edits what was agreed, or moves the review date after a review. */
export function updateAgreement(
  agreement: Agreement,
  changes: Partial<AgreementDraft>,
  now: Date,
): Result<Agreement> {
  const result = checked({ ...agreement, ...changes })
  if (!result.ok) return result
  return ok({ ...agreement, ...result.value, updatedAt: now.toISOString() })
}

/** Flags an agreement to talk through again, or brings a revisited or retired one back. */
export function setAgreementStatus(
  agreement: Agreement,
  status: 'active' | 'to-revisit',
  now: Date,
): Agreement {
  return { ...agreement, status, retiredNote: null, updatedAt: now.toISOString() }
}

/** Retiring keeps the agreement and its check-ins; the note says why, for later. */
export function retireAgreement(agreement: Agreement, note: string, now: Date): Result<Agreement> {
  if (note.trim() === '') {
    return fail(
      'invalid-agreement',
      'Add a few words about why this agreement is retired, so you both remember later.',
    )
  }
  return ok({
    ...agreement,
    status: 'retired',
    retiredNote: note.trim(),
    updatedAt: now.toISOString(),
  })
}
