import { apologySteps } from '../../domain/apology/apologySteps'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { isLocalDate } from '../../domain/commitments/calendar/localDate'
import { toLocalDateString } from '../../domain/journal/localDate'

/** "Last edited 3 May 2026" in the person's own calendar. */
export function lastEdited(draft: ApologyDraft): string {
  return `Last edited ${readableDate(toLocalDateString(new Date(draft.updatedAt)))}`
}

/** "4 of 7 steps written", or a note that the letter is being edited as a whole. */
export function draftProgress(draft: ApologyDraft): string {
  if (draft.content.freeText !== null) return 'Edited as a whole letter'
  const written = apologySteps.filter((s) => (draft.content.answers[s.id] ?? '').trim() !== '')
  return `${written.length} of ${apologySteps.length} steps written`
}

export function deliveredOn(draft: ApologyDraft): string | null {
  const date = draft.delivery?.date
  return draft.status === 'delivered' && date && isLocalDate(date) ? readableDate(date) : null
}
