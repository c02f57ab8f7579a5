import { describe, expect, it } from 'vitest'
import { snapshotStorage } from './storageSnapshot'
import {
  FAST_KDF,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  createJournalOrThrow,
  freshVault,
} from './vaultTestKit'

const THIRD_PASSPHRASE = 'velvet canyon orbit marmalade'

describe('the current passphrase, asked before changing how a journal opens', () => {
  it('refuses a wrong current passphrase with the lock screen’s message and writes nothing', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    const before = await snapshotStorage(vault.indexedDB)

    const result = await session.changePassphrase(THIRD_PASSPHRASE, OTHER_PASSPHRASE)
    expect(result).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', message: 'That passphrase doesn’t open this journal.' },
    })
    expect(await snapshotStorage(vault.indexedDB)).toBe(before)
    session.close()
    expect((await vault.reopen().unlock(session.journal.id, PASSPHRASE)).ok).toBe(true)
  })

  it('asks for the current passphrase when it is left empty, before any key derivation', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    const result = await session.changePassphrase('', OTHER_PASSPHRASE)
    expect(!result.ok && result.error.code).toBe('current-passphrase-needed')
  })

  it('checks with the stored slot’s own salt and costs, not with today’s defaults', async () => {
    const vault = freshVault()
    const { session: created } = await createJournalOrThrow(vault.directory)
    created.close()
    // A later default below the stored costs: unlock leaves the slot as it is (no upgrade).
    const lowerDefault = { opsLimit: 1, memLimitBytes: FAST_KDF.memLimitBytes / 2 }
    const directory = vault.reopen({ dangerousTestOnlyKdfParams: lowerDefault })
    const unlocked = await directory.unlock(created.journal.id, PASSPHRASE)
    if (!unlocked.ok) throw new Error(unlocked.error.message)

    expect(await unlocked.value.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).toEqual({
      ok: true,
      value: undefined,
    })
    unlocked.value.close()
    expect((await vault.reopen().unlock(created.journal.id, OTHER_PASSPHRASE)).ok).toBe(true)
  })

  it('refuses a passphrase that another window has since changed', async () => {
    const vault = freshVault()
    const { session: first } = await createJournalOrThrow(vault.directory)
    const second = await vault.reopen().unlock(first.journal.id, PASSPHRASE)
    if (!second.ok) throw new Error(second.error.message)

    expect((await first.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).ok).toBe(true)
    const stale = await second.value.changePassphrase(PASSPHRASE, THIRD_PASSPHRASE)
    expect(!stale.ok && stale.error.code).toBe('wrong-passphrase')
    first.close()
    second.value.close()
    expect((await vault.reopen().unlock(first.journal.id, OTHER_PASSPHRASE)).ok).toBe(true)
  })

  it('is not needed after a recovery-words unlock, and only then', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    const refused = await session.replaceForgottenPassphrase(OTHER_PASSPHRASE)
    expect(!refused.ok && refused.error.code).toBe('current-passphrase-needed')
    session.close()
    expect((await vault.reopen().unlock(session.journal.id, PASSPHRASE)).ok).toBe(true)

    const recovered = await vault
      .reopen()
      .unlockWithRecoveryWords(session.journal.id, recoveryWords)
    if (!recovered.ok) throw new Error(recovered.error.message)
    expect((await recovered.value.replaceForgottenPassphrase(OTHER_PASSPHRASE)).ok).toBe(true)
    // Once set, the next change asks for it like any other.
    const again = await recovered.value.replaceForgottenPassphrase(THIRD_PASSPHRASE)
    expect(!again.ok && again.error.code).toBe('current-passphrase-needed')
  })
})
