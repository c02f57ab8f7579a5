import { describe, expect, it } from 'vitest'
import { reviewNotification } from '@shared/reviewNotification'
import { retireAgreement } from '@renderer/domain/agreements/agreement'
import { reviewsToNotify } from '@renderer/domain/agreements/reviewsToNotify'
import { agreement } from './agreementFixtures'

const today = '2026-03-25'
const on = { enabled: true, lastNotifiedOn: null }

describe('reviewsToNotify', () => {
  const dueToday = agreement({ title: 'Phone-free dinners', reviewDate: '2026-03-25' }, 'dinners')
  const overdue = agreement({ title: 'Money talks on Sundays', reviewDate: '2026-03-20' }, 'money')
  const tomorrow = agreement({ title: 'Share locations', reviewDate: '2026-03-26' }, 'locations')

  it('counts reviews due today or overdue, not those still to come', () => {
    expect(reviewsToNotify([dueToday, overdue, tomorrow], today, on)).toBe(2)
    expect(reviewsToNotify([tomorrow], today, on)).toBe(0)
  })

  it('leaves retired agreements out', () => {
    const retired = retireAgreement(overdue, 'Settled.', new Date('2026-03-24T09:00:00Z'))
    if (!retired.ok) throw new Error(retired.error.message)
    expect(reviewsToNotify([retired.value], today, on)).toBe(0)
  })

  it('notifies nothing while the setting is off', () => {
    expect(reviewsToNotify([dueToday], today, { enabled: false, lastNotifiedOn: null })).toBe(0)
  })

  it('notifies once a local day: not again today, but again the next day', () => {
    const notifiedToday = { enabled: true, lastNotifiedOn: today }
    expect(reviewsToNotify([dueToday, overdue], today, notifiedToday)).toBe(0)
    expect(reviewsToNotify([dueToday, overdue], '2026-03-26', notifiedToday)).toBe(2)
    expect(reviewsToNotify([overdue], today, { enabled: true, lastNotifiedOn: '2026-03-24' })).toBe(
      1,
    )
  })

  it('leads to a notification that names no agreement and quotes nothing written', () => {
    const agreements = [dueToday, overdue]
    const text = reviewNotification(reviewsToNotify(agreements, today, on))
    expect(text).toEqual({ title: 'Mend', body: '2 agreements are due for review.' })
    for (const written of agreements.flatMap((a) => [a.title, a.whatIWillDo, a.whyItMatters])) {
      expect(`${text?.title} ${text?.body}`).not.toContain(written)
    }
    expect(text?.body).not.toMatch(/dinner|money|phone/i)
  })
})
