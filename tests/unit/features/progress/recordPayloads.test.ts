import { describe, expect, it } from 'vitest'
import { parseAgreementPayload } from '@renderer/db/agreementRepository'
import {
  parseCommitmentLogPayload,
  parseCommitmentPayload,
} from '@renderer/db/commitmentRepository'
import { parseMilestonePayload } from '@renderer/db/milestoneRepository'

const instant = '2026-03-02T09:00:00.000Z'

const agreementPayload = {
  kind: 'boundary',
  title: 'No phones at dinner',
  whatIWillDo: 'Leave it in the hall.',
  whatMyPartnerWillDo: '',
  whyItMatters: '',
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  status: 'active',
  retiredNote: null,
  checkIns: [
    { id: 'b', date: '2026-03-09', rating: 3, note: '', createdAt: instant },
    { id: 'a', date: '2026-03-05', rating: 4, note: 'Calm', createdAt: instant },
  ],
  createdAt: instant,
  updatedAt: instant,
}

describe('agreement payloads', () => {
  it('take their id from the record and keep check-ins in date order', () => {
    const agreement = parseAgreementPayload('agreement-1', agreementPayload)
    expect(agreement?.id).toBe('agreement-1')
    expect(agreement?.checkIns.map((checkIn) => checkIn.id)).toEqual(['a', 'b'])
  })

  it('leave out a check-in that cannot be read and keep the rest', () => {
    const agreement = parseAgreementPayload('agreement-1', {
      ...agreementPayload,
      checkIns: [...agreementPayload.checkIns, { id: 'c', date: '2026-02-30', rating: 9 }],
    })
    expect(agreement?.checkIns).toHaveLength(2)
  })

  it('are unreadable without a kind, a status or real dates', () => {
    expect(parseAgreementPayload('x', { ...agreementPayload, kind: 'promise' })).toBeNull()
    expect(parseAgreementPayload('x', { ...agreementPayload, status: 'done' })).toBeNull()
    expect(parseAgreementPayload('x', { ...agreementPayload, reviewDate: '2026-02-30' })).toBeNull()
    expect(parseAgreementPayload('x', 'not an object')).toBeNull()
  })

  it('keep fields a newer Mend added, so saving here does not lose them', () => {
    const agreement = parseAgreementPayload('x', { ...agreementPayload, sharedWith: 'partner' })
    expect(agreement).toMatchObject({ sharedWith: 'partner' })
  })
})

describe('commitment payloads', () => {
  const commitment = {
    title: 'Evening walk',
    link: { kind: 'agreement', agreementId: 'agreement-1' },
    createdAt: instant,
    updatedAt: instant,
    schedules: [{ effectiveFrom: '2026-03-02', schedule: { kind: 'weekdays', days: [1, 3] } }],
    archivedOn: null,
  }

  it('read every kind of schedule and the link', () => {
    expect(parseCommitmentPayload('c1', commitment)).toMatchObject({
      id: 'c1',
      link: commitment.link,
    })
    const flexible = {
      ...commitment,
      schedules: [{ effectiveFrom: '2026-03-02', schedule: { kind: 'timesPerWeek', times: 3 } }],
    }
    expect(parseCommitmentPayload('c1', flexible)?.schedules[0]?.schedule).toEqual({
      kind: 'timesPerWeek',
      times: 3,
    })
  })

  it('are unreadable without a schedule that makes sense', () => {
    expect(parseCommitmentPayload('c1', { ...commitment, schedules: [] })).toBeNull()
    const eightTimes = [
      { effectiveFrom: '2026-03-02', schedule: { kind: 'timesPerWeek', times: 8 } },
    ]
    expect(parseCommitmentPayload('c1', { ...commitment, schedules: eightTimes })).toBeNull()
  })

  it('give kept days the domain’s ids and skip a malformed day', () => {
    const logs = parseCommitmentLogPayload('c1', {
      kept: [{ date: '2026-03-02', keptAt: instant }, { date: 'yesterday', keptAt: instant }, null],
    })
    expect(logs).toEqual([
      { id: 'c1@2026-03-02', commitmentId: 'c1', date: '2026-03-02', keptAt: instant },
    ])
    expect(parseCommitmentLogPayload('c1', { days: [] })).toBeNull()
  })
})

describe('milestone payloads', () => {
  it('treat a reached day without the moment it was marked as not reached', () => {
    const milestone = parseMilestonePayload('m1', {
      title: 'A weekend away',
      createdAt: instant,
      reachedAt: null,
      reachedOn: '2026-03-06',
    })
    expect(milestone).toMatchObject({ id: 'm1', reachedAt: null, reachedOn: null })
  })

  it('are unreadable without a title', () => {
    expect(parseMilestonePayload('m1', { createdAt: instant, reachedAt: null })).toBeNull()
  })
})
