import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { directKeyDeriver, type KeyDeriver } from '@renderer/crypto/keyDeriver'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { snapshotStorage } from './storageSnapshot'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

afterEach(() => {
  vi.restoreAllMocks()
})

function wordsOrThrow(result: {
  ok: boolean
  value?: readonly string[]
  error?: { message: string }
}) {
  if (!result.ok || !result.value) throw new Error(result.error?.message ?? 'no words')
  return result.value
}

describe('making new recovery words', () => {
  it('makes words that open the journal, while the old words stop and the passphrase still works', async () => {
    const vault = freshVault()
    const { session, recoveryWords: oldWords } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Kept' })
    const newWords = wordsOrThrow(await session.recoveryWords.replace(PASSPHRASE))
    expect(newWords).toHaveLength(24)
    expect(newWords).not.toEqual(oldWords)
    session.close()

    const id = session.journal.id
    const byNewWords = await vault.reopen().unlockWithRecoveryWords(id, newWords)
    if (!byNewWords.ok) throw new Error(byNewWords.error.message)
    expect(await byNewWords.value.records.get('entry', 'e1')).toMatchObject({ status: 'ok' })
    const byOldWords = await vault.reopen().unlockWithRecoveryWords(id, oldWords)
    expect(!byOldWords.ok && byOldWords.error.code).toBe('wrong-recovery-words')
    expect((await vault.reopen().unlock(id, PASSPHRASE)).ok).toBe(true)
  })

  it('refuses a wrong or missing current passphrase and writes nothing', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    const before = await snapshotStorage(vault.indexedDB)
    const wrong = await session.recoveryWords.replace(OTHER_PASSPHRASE)
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', message: 'That passphrase doesn’t open this journal.' },
    })
    const empty = await session.recoveryWords.replace('')
    expect(!empty.ok && empty.error.code).toBe('current-passphrase-needed')
    expect(await snapshotStorage(vault.indexedDB)).toBe(before)
    session.close()
    expect(
      (await vault.reopen().unlockWithRecoveryWords(session.journal.id, recoveryWords)).ok,
    ).toBe(true)
  })

  it('leaves the old words working, and the note as it was, when the write is interrupted', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    await session.recoveryWords.noteConfirmed()
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
    const result = await session.recoveryWords.replace(PASSPHRASE)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'recovery-words-not-changed',
        message:
          'New recovery words could not be saved, so your current words still open this journal. Try again in a moment.',
      },
    })
    vi.restoreAllMocks()
    expect(await session.recoveryWords.status()).toBe('confirmed')
    session.close()
    const id = session.journal.id
    expect((await vault.reopen().unlockWithRecoveryWords(id, recoveryWords)).ok).toBe(true)
    expect((await vault.reopen().unlock(id, PASSPHRASE)).ok).toBe(true)
  })

  it('keeps the words made in another window when both make new ones at once', async () => {
    const provider = await loadSodiumProvider()
    const direct = directKeyDeriver(provider)
    let duringCheck: (() => Promise<void>) | null = null
    const deriver: KeyDeriver = {
      async deriveWrappingKey(passphraseBytes, salt, params) {
        const key = await direct.deriveWrappingKey(passphraseBytes, salt, params)
        const meanwhile = duringCheck
        duringCheck = null
        await meanwhile?.()
        return key
      },
    }
    const vault = freshVault({ deriver })
    const { session: first } = await createJournalOrThrow(vault.directory)
    const second = await vault.reopen().unlock(first.journal.id, PASSPHRASE)
    if (!second.ok) throw new Error(second.error.message)
    let firstWords: readonly string[] = []
    // While the second window checks the passphrase, the first one makes its new words.
    duringCheck = async () => {
      firstWords = wordsOrThrow(await first.recoveryWords.replace(PASSPHRASE))
    }
    const late = await second.value.recoveryWords.replace(PASSPHRASE)
    expect(!late.ok && late.error.code).toBe('recovery-words-not-changed')
    first.close()
    second.value.close()
    expect(firstWords).toHaveLength(24)
    expect((await vault.reopen().unlockWithRecoveryWords(first.journal.id, firstWords)).ok).toBe(
      true,
    )
  })
})

describe('the note of whether the recovery words were saved', () => {
  it('is unknown for a journal without one, then follows new words until they are confirmed', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    expect(await session.recoveryWords.status()).toBe('unknown')
    wordsOrThrow(await session.recoveryWords.replace(PASSPHRASE))
    expect(await session.recoveryWords.status()).toBe('not-confirmed')
    expect((await session.recoveryWords.noteConfirmed()).ok).toBe(true)
    expect(await session.recoveryWords.status()).toBe('confirmed')
  })

  it('becomes confirmed once the words have opened the journal', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    await session.recoveryWords.noteNotConfirmed()
    session.close()
    const recovered = await vault
      .reopen()
      .unlockWithRecoveryWords(session.journal.id, recoveryWords)
    if (!recovered.ok) throw new Error(recovered.error.message)
    expect(await recovered.value.recoveryWords.status()).toBe('not-confirmed')
    expect((await recovered.value.replaceForgottenPassphrase(OTHER_PASSPHRASE)).ok).toBe(true)
    expect(await recovered.value.recoveryWords.status()).toBe('confirmed')
  })
})
