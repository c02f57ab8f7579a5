import { describe, expect, it } from 'vitest'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

describe('unlocking with the recovery words', () => {
  it('opens the journal and requires a new passphrase before anything else', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    await session.records.put('entry', 'e1', { title: 'Still here' })
    session.close()

    const recovered = await vault
      .reopen()
      .unlockWithRecoveryWords(session.journal.id, recoveryWords)
    if (!recovered.ok) throw new Error(recovered.error.message)
    expect(recovered.value.mustChangePassphrase).toBe(true)
    expect(await recovered.value.records.get('entry', 'e1')).toMatchObject({ status: 'ok' })

    // No old passphrase asked for: forgetting it is why the words were used.
    expect((await recovered.value.replaceForgottenPassphrase(OTHER_PASSPHRASE)).ok).toBe(true)
    expect(recovered.value.mustChangePassphrase).toBe(false)
    recovered.value.close()

    const forgotten = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
    expect(!forgotten.ok && forgotten.error.code).toBe('wrong-passphrase')
    expect((await vault.reopen().unlock(session.journal.id, OTHER_PASSPHRASE)).ok).toBe(true)
    const stillWorks = await vault
      .reopen()
      .unlockWithRecoveryWords(session.journal.id, recoveryWords)
    expect(stillWorks.ok).toBe(true)
  })

  it('accepts the words typed loosely: one box, capitals, extra spaces', async () => {
    const vault = freshVault()
    const { session, recoveryWords } = await createJournalOrThrow(vault.directory)
    session.close()
    const typed = [`  ${recoveryWords.join('   ').toUpperCase()}\n`]
    expect((await vault.directory.unlockWithRecoveryWords(session.journal.id, typed)).ok).toBe(true)
  })

  it("refuses another journal's words and mistyped words with the same message", async () => {
    const vault = freshVault()
    const sam = await createJournalOrThrow(vault.directory, 'Sam')
    const alex = await createJournalOrThrow(vault.directory, 'Alex')
    const crossed = await vault.directory.unlockWithRecoveryWords(
      sam.session.journal.id,
      alex.recoveryWords,
    )
    const mistyped = await vault.directory.unlockWithRecoveryWords(sam.session.journal.id, [
      ...sam.recoveryWords.slice(0, 23),
      'zebra',
    ])
    expect(crossed).toEqual(mistyped)
    expect(!crossed.ok && crossed.error.code).toBe('wrong-recovery-words')
  })
})
