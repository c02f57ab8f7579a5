import { describe, expect, it } from 'vitest'
import { retireAgreement } from '@renderer/domain/agreements/agreement'
import { reviewReminderLine, upcomingReviews } from '@renderer/domain/agreements/upcomingReviews'
import { agreement } from './agreementFixtures'

const now = new Date('2026-03-25T09:00:00Z')

describe('upcoming agreement reviews', () => {
  const dinners = agreement({ reviewDate: '2026-03-30' }, 'dinners')
  const money = agreement({ title: 'Money talks on Sundays', reviewDate: '2026-03-20' }, 'money')
  const later = agreement({ title: 'Share locations', reviewDate: '2026-05-01' }, 'locations')

  it('lists overdue and soon-due reviews, soonest first, leaving later ones out', () => {
    const reminders = upcomingReviews([dinners, money, later], '2026-03-25', 7)
    expect(reminders.map((r) => [r.agreementId, r.daysUntil])).toEqual([
      ['money', -5],
      ['dinners', 5],
    ])
  })

  it('skips retired agreements', () => {
    const retired = retireAgreement(money, 'Settled.', now)
    if (!retired.ok) throw new Error(retired.error.message)
    expect(upcomingReviews([retired.value], '2026-03-25', 7)).toEqual([])
  })

  it('counts days across a leap day', () => {
    const leap = agreement({ startDate: '2028-02-01', reviewDate: '2028-03-01' })
    expect(upcomingReviews([leap], '2028-02-28', 7)[0]?.daysUntil).toBe(2)
  })

  it('words the in-app reminder by how near the review is', () => {
    const line = (daysUntil: number): string =>
      reviewReminderLine({
        agreementId: 'a',
        title: 'Phone-free dinners',
        reviewDate: '2026-03-20',
        daysUntil,
      })
    expect(line(0)).toBe('“Phone-free dinners” is due for review today.')
    expect(line(1)).toBe('“Phone-free dinners” is due for review tomorrow.')
    expect(line(3)).toBe('“Phone-free dinners” is due for review in 3 days.')
    expect(line(-5)).toBe(
      '“Phone-free dinners” was due for review on 20 March 2026, whenever you are both ready.',
    )
  })
})
