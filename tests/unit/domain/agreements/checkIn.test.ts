import { describe, expect, it } from 'vitest'
import { retireAgreement } from '@renderer/domain/agreements/agreement'
import { addCheckIn, removeCheckIn } from '@renderer/domain/agreements/checkIn'
import { agreement } from './agreementFixtures'

const now = new Date('2026-03-09T20:00:00Z')

describe('checking in on an agreement', () => {
  it('logs a rating and a note in date order', () => {
    const first = addCheckIn(
      agreement(),
      { date: '2026-03-15', rating: 4, note: ' Good week. ' },
      'c1',
      now,
    )
    if (!first.ok) throw new Error(first.error.message)
    const second = addCheckIn(first.value, { date: '2026-03-08', rating: 2, note: '' }, 'c2', now)
    if (!second.ok) throw new Error(second.error.message)
    expect(second.value.checkIns).toEqual([
      { id: 'c2', date: '2026-03-08', rating: 2, note: '', createdAt: '2026-03-09T20:00:00.000Z' },
      {
        id: 'c1',
        date: '2026-03-15',
        rating: 4,
        note: 'Good week.',
        createdAt: '2026-03-09T20:00:00.000Z',
      },
    ])
    expect(removeCheckIn(second.value, 'c2', now).checkIns.map((c) => c.id)).toEqual(['c1'])
  })

  it('asks for a whole rating from 1 to 5', () => {
    for (const rating of [0, 6, 3.5, Number.NaN]) {
      const result = addCheckIn(agreement(), { date: '2026-03-08', rating, note: '' }, 'c', now)
      expect(!result.ok && result.error.message).toBe(
        'Choose a rating from 1 to 5 for how it went.',
      )
    }
  })

  it('refuses a day before the agreement began', () => {
    const result = addCheckIn(agreement(), { date: '2026-03-01', rating: 3, note: '' }, 'c', now)
    expect(!result.ok && result.error.message).toBe(
      'This agreement started on 2 March 2026. Pick that day or a later one.',
    )
  })

  it('does not add check-ins to a retired agreement', () => {
    const retired = retireAgreement(agreement(), 'No longer needed.', now)
    if (!retired.ok) throw new Error(retired.error.message)
    const result = addCheckIn(retired.value, { date: '2026-03-08', rating: 3, note: '' }, 'c', now)
    expect(!result.ok && result.error.code).toBe('agreement-retired')
  })
})
