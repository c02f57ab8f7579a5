import { describe, expect, it } from 'vitest'
import { maxReviewDueCount, reviewNotification } from '@shared/reviewNotification'

describe('reviewNotification', () => {
  it('says one agreement is due without saying which', () => {
    expect(reviewNotification(1)).toEqual({
      title: 'Mend',
      body: 'An agreement is due for review.',
    })
  })

  it('counts several due agreements', () => {
    expect(reviewNotification(2)?.body).toBe('2 agreements are due for review.')
    expect(reviewNotification(maxReviewDueCount)?.body).toBe(
      `${maxReviewDueCount} agreements are due for review.`,
    )
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, maxReviewDueCount + 1])(
    'shows nothing for a count of %s',
    (dueCount) => {
      expect(reviewNotification(dueCount)).toBeNull()
    },
  )
})
