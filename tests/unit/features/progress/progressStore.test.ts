import { describe, expect, it } from 'vitest'
import { createAgreement } from '@renderer/domain/agreements/agreement'
import { addCheckIn } from '@renderer/domain/agreements/checkIn'
import { createCommitment } from '@renderer/domain/commitments/commitment'
import { defineMilestone, reachMilestone } from '@renderer/domain/progress/milestone'
import { AgreementRepository } from '@renderer/db/agreementRepository'
import { CommitmentRepository } from '@renderer/db/commitmentRepository'
import { MilestoneRepository } from '@renderer/db/milestoneRepository'
import { ProgressStore } from '@renderer/features/progress/progressStore'
import { MemoryRecordStore } from './memoryRecordStore'

const now = new Date('2026-03-06T18:00:00Z')
const zone = 'Europe/London'

function storeOver(records: MemoryRecordStore): ProgressStore {
  return new ProgressStore({
    agreements: new AgreementRepository(records),
    commitments: new CommitmentRepository(records),
    milestones: new MilestoneRepository(records),
  })
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const dinners = unwrap(
  createAgreement(
    {
      kind: 'routine',
      title: 'Phone-free dinners',
      whatIWillDo: 'Leave my phone in the hall.',
      whatMyPartnerWillDo: 'The same.',
      whyItMatters: 'Dinner is where we talk.',
      startDate: '2026-03-02',
      reviewDate: '2026-03-30',
    },
    'agreement-1',
    now,
  ),
)
const walk = unwrap(
  createCommitment(
    { title: 'Evening walk together', schedule: { kind: 'daily' }, startDate: '2026-03-02' },
    'commitment-1',
    now,
    zone,
  ),
)

describe('ProgressStore', () => {
  it('reads back what it saved after a fresh load, as after locking and unlocking', async () => {
    const records = new MemoryRecordStore()
    const first = storeOver(records)
    await first.load()
    const checkedIn = unwrap(
      addCheckIn(dinners, { date: '2026-03-05', rating: 4, note: 'Calm.' }, 'c1', now),
    )
    await first.saveAgreement(checkedIn)
    await first.saveCommitment(walk)
    await first.toggleDay(walk.id, '2026-03-05', now, zone)
    await first.toggleDay(walk.id, '2026-03-06', now, zone)
    const milestone = unwrap(defineMilestone('First honest talk about money', 'm1', now))
    await first.saveMilestone(unwrap(reachMilestone(milestone, now, '2026-03-06')))

    const second = storeOver(records)
    await second.load()
    const snapshot = second.getSnapshot()
    expect(snapshot.status).toBe('ready')
    expect(snapshot.agreements).toEqual([checkedIn])
    expect(snapshot.commitments).toEqual([walk])
    expect(snapshot.commitmentLogs.map((log) => log.date)).toEqual(['2026-03-05', '2026-03-06'])
    expect(snapshot.milestones[0]?.reachedOn).toBe('2026-03-06')
  })

  it('keeps every kept day of a commitment in one record named by the commitment, never by a date', async () => {
    const records = new MemoryRecordStore()
    const store = storeOver(records)
    await store.load()
    await store.saveCommitment(walk)
    await store.toggleDay(walk.id, '2026-03-04', now, zone)
    await store.toggleDay(walk.id, '2026-03-05', now, zone)
    const ids = [...records.rows.values()].map((row) => row.id)
    expect(ids.some((id) => /\d{4}-\d{2}-\d{2}/.test(id))).toBe(false)
    expect(records.payload('commitment-log', walk.id)).toEqual({
      kept: [
        { date: '2026-03-04', keptAt: now.toISOString() },
        { date: '2026-03-05', keptAt: now.toISOString() },
      ],
    })
  })

  it('unmarks a day when it is toggled a second time', async () => {
    const store = storeOver(new MemoryRecordStore())
    await store.load()
    await store.saveCommitment(walk)
    const added = unwrap(await store.toggleDay(walk.id, '2026-03-06', now, zone))
    const removed = unwrap(await store.toggleDay(walk.id, '2026-03-06', now, zone))
    expect([added.kind, removed.kind]).toEqual(['added', 'removed'])
    expect(store.getSnapshot().commitmentLogs).toEqual([])
  })

  it('applies quick toggles one after another, so none is lost', async () => {
    const records = new MemoryRecordStore()
    const store = storeOver(records)
    await store.load()
    await store.saveCommitment(walk)
    await Promise.all(
      ['2026-03-02', '2026-03-03', '2026-03-04'].map((date) =>
        store.toggleDay(walk.id, date, now, zone),
      ),
    )
    const stored = records.payload('commitment-log', walk.id) as { kept: { date: string }[] }
    expect(stored.kept.map((day) => day.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04'])
  })

  it('refuses a day that has not come yet, and changes nothing', async () => {
    const records = new MemoryRecordStore()
    const store = storeOver(records)
    await store.load()
    const result = await store.toggleDay(walk.id, '2026-03-07', now, zone)
    expect(result.ok ? null : result.error.code).toBe('future-date')
    expect(records.writes).toBe(0)
  })

  it('leaves memory as it was when a write fails, and says why', async () => {
    const records = new MemoryRecordStore()
    const store = storeOver(records)
    await store.load()
    await store.saveCommitment(walk)
    records.failWrites = true
    const toggled = await store.toggleDay(walk.id, '2026-03-06', now, zone)
    const saved = await store.saveAgreement(dinners)
    expect(toggled.ok ? null : toggled.error.code).toBe('storage-full')
    expect(saved.ok ? null : saved.error.message).toMatch(/Free some space/)
    expect(store.getSnapshot().commitmentLogs).toEqual([])
    expect(store.getSnapshot().agreements).toEqual([])
  })

  it('hands back a deleted agreement so it can be restored with Undo', async () => {
    const store = storeOver(new MemoryRecordStore())
    await store.load()
    await store.saveAgreement(dinners)
    const deleted = unwrap(await store.deleteAgreement(dinners.id))
    expect(store.getSnapshot().agreements).toEqual([])
    await store.saveAgreement(deleted)
    expect(store.getSnapshot().agreements).toEqual([dinners])
  })

  it('counts records that cannot be opened instead of hiding them', async () => {
    const records = new MemoryRecordStore()
    records.putDamaged('agreement', 'broken-1')
    await records.put('milestone', 'odd-1', { title: 42 })
    const store = storeOver(records)
    await store.load()
    expect(store.getSnapshot().damagedCount).toBe(2)
  })

  it('keeps the identity of lists that did not change, so the dashboard memo can reuse its work', async () => {
    const store = storeOver(new MemoryRecordStore())
    await store.load()
    await store.saveCommitment(walk)
    const before = store.getSnapshot()
    await store.saveMilestone(unwrap(defineMilestone('A weekend away', 'm2', now)))
    const after = store.getSnapshot()
    expect(after.commitments).toBe(before.commitments)
    expect(after.commitmentLogs).toBe(before.commitmentLogs)
    expect(after.milestones).not.toBe(before.milestones)
  })

  it('loads once however many screens ask', async () => {
    const records = new MemoryRecordStore()
    let lists = 0
    const list = records.list.bind(records)
    records.list = (kind) => {
      lists++
      return list(kind)
    }
    const store = storeOver(records)
    await Promise.all([store.load(), store.load(), store.load()])
    expect(lists).toBe(4)
  })
})
