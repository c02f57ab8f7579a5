import { describe, expect, it } from 'vitest'
import { ok, type Result } from '@shared/result'
import { ApologyRepository, parseApologyPayload } from '@renderer/db/apologyRepository'
import type { OpenedRecord, RecordKind, RecordStore } from '@renderer/db/types'
import { addVersion } from '@renderer/domain/apology/drafts/draftVersions'
import { updateDraft } from '@renderer/domain/apology/drafts/editDraft'
import { newApologyDraft } from '@renderer/domain/apology/drafts/newApologyDraft'
import { addRepairStep } from '@renderer/domain/apology/drafts/repairPlan'
import { ApologyStore } from '@renderer/features/apology/apologyStore'

/** Records as JSON in memory, as sealing would copy them; `null` stands for a damaged record. */
class JsonRecords implements RecordStore {
  readonly rows = new Map<string, string | null>()
  async put(kind: RecordKind, id: string, payload: unknown): Promise<Result<void>> {
    this.rows.set(`${kind}/${id}`, JSON.stringify(payload))
    return ok(undefined)
  }
  async putMany(records: readonly { kind: RecordKind; id: string; payload: unknown }[]) {
    for (const r of records) await this.put(r.kind, r.id, r.payload)
    return ok(undefined)
  }
  async get<T>(kind: RecordKind, id: string): Promise<OpenedRecord<T> | null> {
    const key = `${kind}/${id}`
    if (!this.rows.has(key)) return null
    const json = this.rows.get(key)
    if (json == null) return { status: 'damaged', id, kind }
    return { status: 'ok', id, kind, payload: JSON.parse(json) as T }
  }
  async getMany<T>(kind: RecordKind, ids: readonly string[]): Promise<readonly OpenedRecord<T>[]> {
    const found: OpenedRecord<T>[] = []
    for (const id of ids) {
      const record = await this.get<T>(kind, id)
      if (record) found.push(record)
    }
    return found
  }
  async list<T>(kind: RecordKind): Promise<readonly OpenedRecord<T>[]> {
    const found: OpenedRecord<T>[] = []
    for (const key of this.rows.keys()) {
      const [k, id] = key.split('/') as [RecordKind, string]
      const record = k === kind ? await this.get<T>(kind, id) : null
      if (record) found.push(record)
    }
    return found
  }
  async delete(kind: RecordKind, id: string): Promise<Result<void>> {
    this.rows.delete(`${kind}/${id}`)
    return ok(undefined)
  }
}

const now = new Date('2026-05-03T10:00:00Z')

function fullDraft(id: string) {
  let draft = newApologyDraft({ id, now, title: 'The phone' })
  draft = updateDraft(draft, { answer: { stepId: 'regret', text: "I'm sorry I read them." } }, now)
  draft = updateDraft(
    draft,
    { repairSteps: addRepairStep([], 'r1', 'Talk on Sundays', '2026-05-10') },
    now,
  )
  return addVersion(draft, 'saved-by-you', now, 'v1')
}

describe('apology drafts in the vault', () => {
  it('come back exactly as saved, newest edit first', async () => {
    const records = new JsonRecords()
    const store = new ApologyStore(new ApologyRepository(records))
    const older = fullDraft('a1')
    const newer = { ...fullDraft('a2'), updatedAt: '2026-05-04T10:00:00.000Z' }
    await store.save(older)
    await store.save(newer)
    const reopened = new ApologyStore(new ApologyRepository(records))
    await reopened.load()
    expect(reopened.getSnapshot().drafts).toEqual([newer, older])
  })

  it('are stored under their random id, never with the id inside the payload', async () => {
    const records = new JsonRecords()
    await new ApologyRepository(records).save(fullDraft('a1'))
    const json = records.rows.get('apology/a1') ?? ''
    expect(JSON.parse(json)).not.toHaveProperty('id')
  })

  it('report a damaged record instead of hiding it, and open the rest', async () => {
    const records = new JsonRecords()
    await new ApologyRepository(records).save(fullDraft('a1'))
    records.rows.set('apology/broken', null)
    records.rows.set('apology/odd', JSON.stringify({ title: 'No letter at all' }))
    const store = new ApologyStore(new ApologyRepository(records))
    await store.load()
    expect(store.getSnapshot().drafts.map((d) => d.id)).toEqual(['a1'])
    expect([...store.getSnapshot().damagedIds].sort()).toEqual(['broken', 'odd'])
  })

  it('keep a draft readable when a single version or repair step is malformed', () => {
    const { id: _id, ...payload } = fullDraft('a1')
    const parsed = parseApologyPayload('a1', {
      ...payload,
      versions: [...payload.versions, { id: 'bad' }],
      repairSteps: [...payload.repairSteps, 42],
      content: { ...payload.content, answers: { ...payload.content.answers, 'no-such-step': 'x' } },
    })
    expect(parsed?.versions).toHaveLength(1)
    expect(parsed?.repairSteps).toHaveLength(1)
    expect(parsed?.content.answers).toEqual({ regret: "I'm sorry I read them." })
  })

  it('can be deleted and brought back with Undo', async () => {
    const records = new JsonRecords()
    const store = new ApologyStore(new ApologyRepository(records))
    await store.load()
    await store.save(fullDraft('a1'))
    const removed = await store.remove('a1')
    expect(store.getSnapshot().drafts).toEqual([])
    if (!removed.ok) throw new Error('expected a removal')
    await store.save(removed.value)
    expect(store.getSnapshot().drafts.map((d) => d.id)).toEqual(['a1'])
  })
})
