import { isLocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import { agreementKinds, type AgreementDraft } from './types'

export const maxAgreementTitleLength = 120

/** One thing to fix in the form, next to the field it concerns. */
export interface AgreementProblem {
  readonly field: keyof AgreementDraft
  readonly message: string
}

/** Everything that stops a draft from being saved, in form order; empty when it can be saved. */
export function agreementProblems(draft: AgreementDraft): readonly AgreementProblem[] {
  const problems: AgreementProblem[] = []
  if (!agreementKinds.includes(draft.kind)) {
    problems.push({ field: 'kind', message: 'Choose what kind of agreement this is.' })
  }
  const title = draft.title.trim()
  if (title === '') {
    problems.push({
      field: 'title',
      message: 'Give the agreement a short title, so you can both find it later.',
    })
  } else if (title.length > maxAgreementTitleLength) {
    problems.push({
      field: 'title',
      message: `The title is a little long. Try keeping it under ${maxAgreementTitleLength} characters.`,
    })
  }
  if (draft.whatIWillDo.trim() === '' && draft.whatMyPartnerWillDo.trim() === '') {
    problems.push({
      field: 'whatIWillDo',
      message: 'Write what at least one of you will do, so the agreement is clear to both.',
    })
  }
  const startValid = isLocalDate(draft.startDate)
  if (!startValid) {
    problems.push({ field: 'startDate', message: 'Pick the day the agreement starts.' })
  }
  if (!isLocalDate(draft.reviewDate)) {
    problems.push({
      field: 'reviewDate',
      message: 'Pick a day to look at this agreement together again.',
    })
  } else if (startValid && draft.reviewDate < draft.startDate) {
    problems.push({
      field: 'reviewDate',
      message: `The review date is before the start. Pick ${readableDate(draft.startDate)} or later.`,
    })
  }
  return problems
}
