import { describe, expect, it } from 'vitest'
import {
  createAgreement,
  retireAgreement,
  setAgreementStatus,
  updateAgreement,
} from '@renderer/domain/agreements/agreement'
import { agreementProblems } from '@renderer/domain/agreements/agreementProblems'
import { agreement, created, dinnersDraft } from './agreementFixtures'

const later = new Date('2026-03-20T18:00:00Z')

describe('recording an agreement', () => {
  it('creates an active agreement with an empty check-in log', () => {
    expect(agreement()).toEqual({
      ...dinnersDraft,
      id: 'dinners',
      status: 'active',
      retiredNote: null,
      checkIns: [],
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    })
  })

  it('trims what was written', () => {
    expect(
      agreement({ title: '  Phone-free dinners  ', whyItMatters: ' We talk. ' }),
    ).toMatchObject({
      title: 'Phone-free dinners',
      whyItMatters: 'We talk.',
    })
  })

  it('lists every problem of a draft next to its field, in plain words', () => {
    const problems = agreementProblems({
      ...dinnersDraft,
      title: ' ',
      whatIWillDo: '',
      whatMyPartnerWillDo: ' ',
      reviewDate: '2026-02-01',
    })
    expect(problems).toEqual([
      {
        field: 'title',
        message: 'Give the agreement a short title, so you can both find it later.',
      },
      {
        field: 'whatIWillDo',
        message: 'Write what at least one of you will do, so the agreement is clear to both.',
      },
      {
        field: 'reviewDate',
        message: 'The review date is before the start. Pick 2 March 2026 or later.',
      },
    ])
    expect(agreementProblems({ ...dinnersDraft, startDate: '2027-02-29' })).toEqual([
      { field: 'startDate', message: 'Pick the day the agreement starts.' },
    ])
    expect(agreementProblems({ ...dinnersDraft, kind: 'rule' as 'other' })[0]?.field).toBe('kind')
  })

  it('accepts a one-sided boundary', () => {
    expect(
      agreementProblems({ ...dinnersDraft, kind: 'boundary', whatMyPartnerWillDo: '' }),
    ).toEqual([])
  })

  it('returns the first problem as a calm error when saving', () => {
    const result = createAgreement({ ...dinnersDraft, title: '' }, 'x', created)
    expect(!result.ok && result.error).toEqual({
      code: 'invalid-agreement',
      message: 'Give the agreement a short title, so you can both find it later.',
    })
  })

  it('moves the review date after a review, keeping the check-ins', () => {
    const moved = updateAgreement(agreement(), { reviewDate: '2026-04-27' }, later)
    expect(moved.ok && [moved.value.reviewDate, moved.value.updatedAt]).toEqual([
      '2026-04-27',
      '2026-03-20T18:00:00.000Z',
    ])
    const wrong = updateAgreement(agreement(), { reviewDate: '2026-01-01' }, later)
    expect(wrong.ok).toBe(false)
  })

  it('retires an agreement only with a note saying why', () => {
    const silent = retireAgreement(agreement(), '  ', later)
    expect(!silent.ok && silent.error.message).toBe(
      'Add a few words about why this agreement is retired, so you both remember later.',
    )
    const retired = retireAgreement(agreement(), ' It became a habit. ', later)
    expect(retired.ok && [retired.value.status, retired.value.retiredNote]).toEqual([
      'retired',
      'It became a habit.',
    ])
  })

  it('flags an agreement to revisit and brings it back', () => {
    const revisit = setAgreementStatus(agreement(), 'to-revisit', later)
    expect(revisit.status).toBe('to-revisit')
    expect(setAgreementStatus(revisit, 'active', later).status).toBe('active')
  })
})
