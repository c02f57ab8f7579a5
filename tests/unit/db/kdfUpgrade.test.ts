import { IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JournalDatabase } from '@renderer/db/journalDatabase'
import {
  FAST_KDF,
  PASSPHRASE,
  createJournalOrThrow,
  freshVault,
  type TestVault,
} from './vaultTestKit'

async function storedHeader(vault: TestVault, journalId: string) {
  const db = new JournalDatabase(journalId, { indexedDB: vault.indexedDB, IDBKeyRange })
  const header = await db.header.get('vault')
  db.close()
  if (!header) throw new Error('no header')
  return header
}

describe('Argon2id parameter upgrade on unlock', () => {
  it('re-wraps a slot made with lower costs than the current default, with a fresh salt', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Before the upgrade' })
    session.close()
    const before = await storedHeader(vault, session.journal.id)
    expect(before.kdf).toMatchObject({ opsLimit: 1, memLimitBytes: FAST_KDF.memLimitBytes })

    const raisedDefault = { opsLimit: 2, memLimitBytes: 16 * 1024 * 1024 }
    const upgraded = await vault
      .reopen({ dangerousTestOnlyKdfParams: raisedDefault })
      .unlock(session.journal.id, PASSPHRASE)
    if (!upgraded.ok) throw new Error(upgraded.error.message)
    upgraded.value.close()

    const after = await storedHeader(vault, session.journal.id)
    expect(after.kdf).toMatchObject({ algorithm: 'argon2id13', ...raisedDefault })
    expect(after.kdf.salt).not.toEqual(before.kdf.salt)
    expect(after.passphraseSlot).not.toEqual(before.passphraseSlot)
    expect(after.recoverySlot).toEqual(before.recoverySlot)

    const again = await vault
      .reopen({ dangerousTestOnlyKdfParams: raisedDefault })
      .unlock(session.journal.id, PASSPHRASE)
    if (!again.ok) throw new Error(again.error.message)
    expect((await again.value.records.get('entry', 'e1'))?.status).toBe('ok')
  })

  it('never lowers a cost that is already above the default', async () => {
    const vault = freshVault({ dangerousTestOnlyKdfParams: { ...FAST_KDF, opsLimit: 3 } })
    const { session } = await createJournalOrThrow(vault.directory)
    session.close()
    const raisedMemory = { opsLimit: 2, memLimitBytes: 16 * 1024 * 1024 }
    const unlocked = await vault
      .reopen({ dangerousTestOnlyKdfParams: raisedMemory })
      .unlock(session.journal.id, PASSPHRASE)
    expect(unlocked.ok).toBe(true)
    const after = await storedHeader(vault, session.journal.id)
    expect(after.kdf).toMatchObject({ opsLimit: 3, memLimitBytes: 16 * 1024 * 1024 })
  })

  it('leaves a slot alone when it already meets the default', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    session.close()
    const before = await storedHeader(vault, session.journal.id)
    expect((await vault.reopen().unlock(session.journal.id, PASSPHRASE)).ok).toBe(true)
    expect(await storedHeader(vault, session.journal.id)).toEqual(before)
  })
})
