import { IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { ParallelRecordOpener } from '@renderer/crypto/parallelRecordOpener'
import { openRecordRows, type RowOpening, type SealedRow } from '@renderer/crypto/recordRowOpening'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { VaultLockedError } from '@renderer/crypto/vaultKeyring'
import { JournalDatabase } from '@renderer/db/journalDatabase'
import type { VaultSession } from '@renderer/db/types'
import { PASSPHRASE, createJournalOrThrow, freshVault, type TestVault } from './vaultTestKit'

const MANY = 300

type Behaviour = 'opens' | 'gives up' | 'answers short' | 'answers wrong ids'

/** Stands in for the worker: opens in-process, after a tick, or misbehaves as told. */
class FakeOpener implements ParallelRecordOpener {
  readonly batches: { rows: number }[] = []
  disposed = false
  beforeAnswer: () => void = () => undefined

  constructor(private readonly behaviour: Behaviour) {}

  async open(
    recordsKey: Uint8Array,
    journalId: string,
    kind: string,
    rows: readonly SealedRow[],
  ): Promise<RowOpening[] | null> {
    const key = recordsKey.slice()
    this.batches.push({ rows: rows.length })
    await new Promise((resolve) => setTimeout(resolve, 0))
    this.beforeAnswer()
    const openings = openRecordRows(await loadSodiumProvider(), key, journalId, kind, rows)
    if (this.behaviour === 'gives up') return null
    if (this.behaviour === 'answers short') return openings.slice(1)
    if (this.behaviour === 'answers wrong ids') return openings.map((o) => ({ ...o, id: 'x' }))
    return openings
  }

  dispose(): void {
    this.disposed = true
  }
}

async function journalWithManyEntries(opener: FakeOpener): Promise<{ vault: TestVault; session: VaultSession }> {
  const vault = freshVault()
  const { session } = await createJournalOrThrow(vault.directory)
  const records = Array.from({ length: MANY }, (_, i) => ({
    kind: 'entry' as const,
    id: `e${String(i).padStart(4, '0')}`,
    payload: { title: `Entry ${i}` },
  }))
  expect((await session.records.putMany(records)).ok).toBe(true)
  session.close()
  const unlocked = await vault.reopen({ startRecordOpener: () => opener }).unlock(session.journal.id, PASSPHRASE)
  if (!unlocked.ok) throw new Error(unlocked.error.message)
  return { vault, session: unlocked.value }
}

function titlesInIdOrder(records: readonly { id: string; status: string; payload?: unknown }[]): string[] {
  return [...records]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((record) => (record.status === 'ok' ? (record.payload as { title: string }).title : 'damaged'))
}

const expectedTitles = Array.from({ length: MANY }, (_, i) => `Entry ${i}`)

describe('opening a large list at unlock with a helper worker', () => {
  it('hands the helper a little under half the rows and returns every record', async () => {
    const opener = new FakeOpener('opens')
    const { session } = await journalWithManyEntries(opener)
    expect(titlesInIdOrder(await session.records.list('entry'))).toEqual(expectedTitles)
    expect(opener.batches).toHaveLength(1)
    expect(opener.batches[0]?.rows).toBe(MANY - Math.ceil(MANY * 0.55))
  })

  it('keeps small lists on the page, where the helper would cost more than it saves', async () => {
    const opener = new FakeOpener('opens')
    const { session } = await journalWithManyEntries(opener)
    await session.records.put('apology', 'a1', { title: 'Sorry' })
    expect(await session.records.list('apology')).toHaveLength(1)
    expect(opener.batches).toHaveLength(0)
  })

  it.each<Behaviour>(['gives up', 'answers short', 'answers wrong ids'])(
    'opens the rows itself when the helper %s, so no record is lost',
    async (behaviour) => {
      const { session } = await journalWithManyEntries(new FakeOpener(behaviour))
      expect(titlesInIdOrder(await session.records.list('entry'))).toEqual(expectedTitles)
    },
  )

  it('reports a tampered record in the helper’s share as damaged and opens the rest', async () => {
    const opener = new FakeOpener('opens')
    const { vault, session } = await journalWithManyEntries(opener)
    const raw = new JournalDatabase(session.journal.id, { indexedDB: vault.indexedDB, IDBKeyRange })
    const last = await raw.records.get(['entry', 'e0299'])
    if (!last) throw new Error('missing row')
    const envelope = last.envelope.slice()
    envelope.set([(envelope.at(-1) ?? 0) ^ 1], envelope.length - 1)
    await raw.records.put({ ...last, envelope })
    raw.close()
    await session.records.put('entry', 'e0000', { title: 'Entry 0' })
    const titles = titlesInIdOrder(await session.records.list('entry'))
    expect(titles.at(-1)).toBe('damaged')
    expect(titles.slice(0, -1)).toEqual(expectedTitles.slice(0, -1))
  })

  it('refuses to hand back content when the journal was locked while the helper worked', async () => {
    const opener = new FakeOpener('opens')
    const { session } = await journalWithManyEntries(opener)
    opener.beforeAnswer = () => session.close()
    await expect(session.records.list('entry')).rejects.toBeInstanceOf(VaultLockedError)
    expect(opener.disposed).toBe(true)
  })
})
