import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { directKeyDeriver, type KeyDeriver } from '@renderer/crypto/keyDeriver'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('changing the passphrase', () => {
  it('makes the new passphrase open the journal and the old one stop, with records intact', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Kept' })
    expect(await session.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).toEqual({
      ok: true,
      value: undefined,
    })
    session.close()

    const old = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
    expect(!old.ok && old.error.code).toBe('wrong-passphrase')
    const renewed = await vault.reopen().unlock(session.journal.id, OTHER_PASSPHRASE)
    if (!renewed.ok) throw new Error(renewed.error.message)
    expect((await renewed.value.records.get('entry', 'e1'))?.status).toBe('ok')
  })

  it('leaves the old passphrase working when the write is interrupted before it commits', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    const realPut = IDBObjectStore.prototype.put
    // The header row is written, then the "power fails" before the transaction commits.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = realPut.apply(this, args)
      if (this.name === 'header') throw new Error('power cut')
      return request
    })
    const result = await session.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'passphrase-not-changed',
        message:
          'The new passphrase could not be saved, so your old passphrase still opens this journal. Try again in a moment.',
      },
    })
    vi.restoreAllMocks()
    session.close()

    expect((await vault.reopen().unlock(session.journal.id, PASSPHRASE)).ok).toBe(true)
    const attempted = await vault.reopen().unlock(session.journal.id, OTHER_PASSPHRASE)
    expect(!attempted.ok && attempted.error.code).toBe('wrong-passphrase')
  })

  it('refuses a weak new passphrase and keeps the old one', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    const result = await session.changePassphrase(PASSPHRASE, 'letmein')
    expect(!result.ok && result.error.code).toBe('weak-passphrase')
    session.close()
    expect((await vault.reopen().unlock(session.journal.id, PASSPHRASE)).ok).toBe(true)
  })

  it('keeps the old passphrase opening the real contents when the journal locks mid-change', async () => {
    const provider = await loadSodiumProvider()
    const direct = directKeyDeriver(provider)
    let afterDerivation: (() => void) | null = null
    const deriver: KeyDeriver = {
      async deriveWrappingKey(passphraseBytes, salt, params) {
        const key = await direct.deriveWrappingKey(passphraseBytes, salt, params)
        afterDerivation?.()
        return key
      },
    }
    const vault = freshVault({ deriver })
    const { session } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Real contents' })
    // The first derivation checks the current passphrase; the lock lands during the second,
    // which makes the new slot.
    let derivations = 0
    afterDerivation = () => {
      derivations += 1
      if (derivations === 2) session.close()
    }
    const result = await session.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)
    expect(derivations).toBe(2)
    afterDerivation = null
    expect(!result.ok && result.error.code).toBe('vault-locked')

    const reopened = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
    if (!reopened.ok) throw new Error(reopened.error.message)
    expect(await reopened.value.records.get('entry', 'e1')).toMatchObject({ status: 'ok' })
  })
})
