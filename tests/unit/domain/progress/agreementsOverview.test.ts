import { describe, expect, it } from 'vitest'
import { retireAgreement, setAgreementStatus } from '@renderer/domain/agreements/agreement'
import { addCheckIn } from '@renderer/domain/agreements/checkIn'
import type { Agreement } from '@renderer/domain/agreements/types'
import { agreementsOverview } from '@renderer/domain/progress/agreementsOverview'
import { agreement } from '../agreements/agreementFixtures'

const now = new Date('2026-03-20T20:00:00Z')

function checkedIn(base: Agreement, date: string, rating: number): Agreement {
  const result = addCheckIn(base, { date, rating, note: '' }, `${base.id}-${date}`, now)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('agreements on the dashboard', () => {
  it('averages check-ins of agreements still in place and leaves retired ones out', () => {
    const dinners = checkedIn(checkedIn(agreement({}, 'dinners'), '2026-03-08', 4), '2026-03-15', 3)
    const revisit = setAgreementStatus(
      checkedIn(agreement({}, 'money'), '2026-03-09', 2),
      'to-revisit',
      now,
    )
    const retired = retireAgreement(checkedIn(agreement({}, 'old'), '2026-03-10', 5), 'Done.', now)
    if (!retired.ok) throw new Error(retired.error.message)
    const overview = agreementsOverview([dinners, revisit, retired.value], '2026-03-20')
    expect(overview).toMatchObject({
      active: 1,
      toRevisit: 1,
      retired: 1,
      averageRating: 3,
      recentCheckIns: 3,
    })
    expect(overview.agreements.map((a) => [a.id, a.averageRating])).toEqual([
      ['dinners', 3.5],
      ['money', 2],
    ])
  })

  it('has no average before the first check-in', () => {
    expect(agreementsOverview([agreement()], '2026-03-20')).toMatchObject({
      averageRating: null,
      recentAverageRating: null,
    })
  })
})
