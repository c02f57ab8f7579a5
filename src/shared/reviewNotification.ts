/**
 * The only text an agreement-review notification ever shows. Main composes it from a count alone,
 * so the renderer has no way to put words on screen outside the window. It never names an
 * agreement: a notification can be read over a shoulder or mirrored to a phone, so it says only
 * that something is waiting in Mend.
 */

/**
 * 1000: far more agreements than anyone keeps at once, small enough that a wrong number cannot
 * turn into a long or odd-looking sentence. The IPC schema refuses anything above it.
 */
export const maxReviewDueCount = 1000

export interface ReviewNotification {
  readonly title: 'Mend'
  readonly body: string
}

/** Null when nothing is due (or the count is not a whole number in range): then nothing is shown. */
export function reviewNotification(dueCount: number): ReviewNotification | null {
  if (!Number.isInteger(dueCount) || dueCount < 1 || dueCount > maxReviewDueCount) return null
  const body =
    dueCount === 1
      ? 'An agreement is due for review.'
      : `${dueCount} agreements are due for review.`
  return { title: 'Mend', body }
}
