import { IDBKeyRange, IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VaultLockedError } from '@renderer/crypto/vaultKeyring'
import { JournalDatabase } from '@renderer/db/journalDatabase'
import type { VaultSession } from '@renderer/db/types'
import { PASSPHRASE, createJournalOrThrow, freshVault, type TestVault } from './vaultTestKit'

afterEach(() => {
  vi.restoreAllMocks()
})

async function journalWithEntries(): Promise<{ vault: TestVault; session: VaultSession }> {
  const vault = freshVault()
  const { session } = await createJournalOrThrow(vault.directory)
  const written = await session.records.putMany([
    { kind: 'entry', id: 'e1', payload: { title: 'One' } },
    { kind: 'entry', id: 'e2', payload: { title: 'Two' } },
    { kind: 'entry', id: 'e3', payload: { title: 'Three' } },
    { kind: 'apology', id: 'a1', payload: { to: 'Jo' } },
  ])
  expect(written.ok).toBe(true)
  return { vault, session }
}

/** Direct access to the stored rows, as someone with the disk would have. */
function rawRows(vault: TestVault, session: VaultSession): JournalDatabase {
  return new JournalDatabase(session.journal.id, { indexedDB: vault.indexedDB, IDBKeyRange })
}

function titles(records: readonly { status: string; payload?: unknown }[]): unknown[] {
  return records.map((record) =>
    record.status === 'ok' ? (record.payload as { title: string }).title : 'damaged',
  )
}

describe('the encrypted record store', () => {
  it('stores, lists by kind, overwrites and deletes records', async () => {
    const { session } = await journalWithEntries()
    expect(titles(await session.records.list('entry'))).toEqual(['One', 'Two', 'Three'])
    expect(await session.records.list('agreement')).toEqual([])
    await session.records.put('entry', 'e2', { title: 'Two, revised' })
    expect(await session.records.get('entry', 'e2')).toEqual({
      status: 'ok',
      id: 'e2',
      kind: 'entry',
      payload: { title: 'Two, revised' },
    })
    expect((await session.records.delete('entry', 'e1')).ok).toBe(true)
    expect(await session.records.get('entry', 'e1')).toBeNull()
    expect(titles(await session.records.list('entry'))).toEqual(['Two, revised', 'Three'])
  })

  it('writes nothing readable: stored rows hold only kind, id, format version and ciphertext', async () => {
    const { vault, session } = await journalWithEntries()
    // A long sentence, not a short title: random ciphertext matches a two-letter word
    // by chance about once in a few hundred runs, a 40-character one never.
    const secret = 'I never told anyone about the letter, not even Jo.'
    await session.records.put('entry', 'e4', { title: secret })
    const rows = await rawRows(vault, session).records.toArray()
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['envelope', 'formatVersion', 'id', 'kind'])
      const stored = new TextDecoder().decode(row.envelope)
      expect(stored).not.toContain(secret)
      expect(stored).not.toContain('"title"')
    }
  })

  it('shows a tampered record as damaged while every other record stays readable', async () => {
    const { vault, session } = await journalWithEntries()
    const raw = rawRows(vault, session)
    const row = await raw.records.get(['entry', 'e2'])
    const envelope = (row?.envelope as Uint8Array).slice()
    envelope[40] = (envelope[40] ?? 0) ^ 0x01
    await raw.records.put({ ...(row as NonNullable<typeof row>), envelope })
    expect(titles(await session.records.list('entry'))).toEqual(['One', 'damaged', 'Three'])
    expect(await session.records.get('entry', 'e2')).toEqual({
      status: 'damaged',
      id: 'e2',
      kind: 'entry',
    })
  })

  it('refuses a ciphertext moved to another record id or another kind', async () => {
    const { vault, session } = await journalWithEntries()
    const raw = rawRows(vault, session)
    const source = await raw.records.get(['entry', 'e1'])
    const envelope = source?.envelope as Uint8Array
    await raw.records.put({ kind: 'entry', id: 'e3', formatVersion: 1, envelope })
    await raw.records.put({ kind: 'agreement', id: 'e1', formatVersion: 1, envelope })
    expect(titles(await session.records.list('entry'))).toEqual(['One', 'Two', 'damaged'])
    expect((await session.records.get('agreement', 'e1'))?.status).toBe('damaged')
  })

  it('refuses a record whose version byte or version column was changed', async () => {
    const { vault, session } = await journalWithEntries()
    const raw = rawRows(vault, session)
    const one = await raw.records.get(['entry', 'e1'])
    const relabelled = (one?.envelope as Uint8Array).slice()
    relabelled[0] = 2
    await raw.records.put({ kind: 'entry', id: 'e1', formatVersion: 2, envelope: relabelled })
    const two = await raw.records.get(['entry', 'e2'])
    await raw.records.put({ ...(two as NonNullable<typeof two>), formatVersion: 0 })
    const three = await raw.records.get(['entry', 'e3'])
    await raw.records.put({ ...(three as NonNullable<typeof three>), envelope: new Uint8Array(10) })
    expect(titles(await session.records.list('entry'))).toEqual(['damaged', 'damaged', 'damaged'])
    expect((await session.records.get('apology', 'a1'))?.status).toBe('ok')
  })

  it('answers a full disk with storage-full and the calm message, and keeps the old version', async () => {
    const { session } = await journalWithEntries()
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const result = await session.records.put('entry', 'e1', { title: 'One, longer' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage-full',
        message:
          'Your computer is out of space, so this could not be saved. Your words are still here; free some space and it will save again.',
      },
    })
    vi.restoreAllMocks()
    expect(titles(await session.records.list('entry'))).toEqual(['One', 'Two', 'Three'])
  })

  it('writes several records all together or not at all', async () => {
    const { session } = await journalWithEntries()
    const realPut = IDBObjectStore.prototype.put
    let calls = 0
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return realPut.apply(this, args)
    })
    const result = await session.records.putMany([
      { kind: 'entry', id: 'e4', payload: { title: 'Four' } },
      { kind: 'entry', id: 'e5', payload: { title: 'Five' } },
    ])
    expect(!result.ok && result.error.code).toBe('storage-full')
    vi.restoreAllMocks()
    expect(titles(await session.records.list('entry'))).toEqual(['One', 'Two', 'Three'])
  })

  it('fails clearly after the session is closed', async () => {
    const { session } = await journalWithEntries()
    session.close()
    expect(await session.records.put('entry', 'e9', { title: 'late' })).toMatchObject({
      ok: false,
      error: { code: 'vault-locked' },
    })
    expect(await session.records.delete('entry', 'e1')).toMatchObject({ ok: false })
    await expect(session.records.list('entry')).rejects.toBeInstanceOf(VaultLockedError)
    await expect(session.records.get('entry', 'e1')).rejects.toBeInstanceOf(VaultLockedError)
    expect(await session.changePassphrase(PASSPHRASE, 'a brand new passphrase here')).toMatchObject(
      {
        ok: false,
        error: { code: 'vault-locked' },
      },
    )
  })

  it('opens a list in slices, pausing between records when asked to', async () => {
    const { session } = await journalWithEntries()
    let pauses = 0
    const slicer = {
      checkpoint: () => {
        pauses++
        return Promise.resolve()
      },
    }
    expect(titles(await session.records.list('entry', slicer))).toEqual(['One', 'Two', 'Three'])
    expect(pauses).toBe(3)
  })

  it('stops a sliced list when the journal locks part-way, instead of calling the rest damaged', async () => {
    const { session } = await journalWithEntries()
    let pauses = 0
    const lockAfterFirst = {
      checkpoint: () => {
        if (++pauses === 1) session.close()
        return Promise.resolve()
      },
    }
    await expect(session.records.list('entry', lockAfterFirst)).rejects.toBeInstanceOf(VaultLockedError)
  })

  it('refuses record ids that could carry content into plain text', async () => {
    const { session } = await journalWithEntries()
    await expect(session.records.put('entry', 'Our fight about money', {})).rejects.toThrow(
      RangeError,
    )
    await expect(session.records.put('entry', '', {})).rejects.toThrow(RangeError)
  })
})
