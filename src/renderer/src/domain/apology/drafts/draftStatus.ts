import { addVersion } from './draftVersions'
import type { ApologyDelivery, ApologyDraft, ApologyStatus } from './types'

/**
 * Moves the draft to a new status and keeps the letter as it stood in the history, so "what I
 * actually said" can always be found again. Delivering needs its day; the note may follow later.
 * Moving back from 'delivered' keeps the delivery details, in case it was a slip.
 */
export function changeStatus(
  draft: ApologyDraft,
  status: ApologyStatus,
  now: Date,
  versionId: string,
  delivery?: ApologyDelivery,
): ApologyDraft {
  if (status === draft.status && delivery === undefined) return draft
  const next: ApologyDraft = {
    ...draft,
    status,
    delivery: delivery ?? draft.delivery,
    updatedAt: now.toISOString(),
  }
  return status === draft.status ? next : addVersion(next, 'status', now, versionId)
}

/** The delivery to record when someone marks the apology as given today. */
export function deliveredToday(draft: ApologyDraft, today: string): ApologyDelivery {
  return draft.delivery ?? { date: today, note: '' }
}
