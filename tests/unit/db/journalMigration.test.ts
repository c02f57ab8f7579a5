import { IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JOURNAL_SCHEMA_VERSION, JournalDatabase } from '@renderer/db/journalDatabase'
import { PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

describe('journal database migrations', () => {
  it('opens records written by a schema-1 Mend, after filling in their format version', async () => {
    expect(JOURNAL_SCHEMA_VERSION).toBe(2)
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Written at v1' })
    const journalId = session.journal.id
    const source = { indexedDB: vault.indexedDB, IDBKeyRange }
    const current = new JournalDatabase(journalId, source)
    const envelope = (await current.records.get(['entry', 'e1']))?.envelope as Uint8Array
    const header = await current.header.get('vault')
    session.close()
    current.close()

    // Rebuild the journal as a schema-1 Mend stored it: no formatVersion column.
    await new Promise<void>((resolve, reject) => {
      const request = vault.indexedDB.deleteDatabase(`mend-journal-${journalId}`)
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    })
    const legacy = new JournalDatabase(journalId, source, 1)
    await legacy.header.put(header as NonNullable<typeof header>)
    await (legacy.records as unknown as { put(row: object): Promise<unknown> }).put({
      kind: 'entry',
      id: 'e1',
      envelope,
    })
    expect(legacy.verno).toBe(1)
    legacy.close()

    const unlocked = await vault.reopen().unlock(journalId, PASSPHRASE)
    if (!unlocked.ok) throw new Error(unlocked.error.message)
    expect(await unlocked.value.records.list('entry')).toEqual([
      { status: 'ok', id: 'e1', kind: 'entry', payload: { title: 'Written at v1' } },
    ])
    unlocked.value.close()

    const migrated = new JournalDatabase(journalId, source)
    expect(await migrated.records.where('formatVersion').equals(1).count()).toBe(1)
    expect(migrated.verno).toBe(2)
    migrated.close()
  })

  it('reports a header written by a newer Mend as too new, and a broken one as damaged', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    session.close()
    const db = new JournalDatabase(session.journal.id, { indexedDB: vault.indexedDB, IDBKeyRange })
    const header = await db.header.get('vault')
    if (!header) throw new Error('no header')
    await db.header.put({ ...header, formatVersion: 2 })
    const newer = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
    expect(!newer.ok && newer.error.code).toBe('journal-too-new')

    await db.header.put({ ...header, kdf: { ...header.kdf, memLimitBytes: 64 * 1024 ** 3 } })
    const damaged = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
    expect(!damaged.ok && damaged.error.code).toBe('journal-damaged')
    db.close()
  })
})
