import { ok, type Result } from '@shared/result'
import { assessPassphrase } from '../crypto/passphraseStrength'
import type { VaultKeyring } from '../crypto/vaultKeyring'
import type { VaultBackups } from './backupTypes'
import { checkCurrentPassphrase } from './currentPassphraseCheck'
import { EncryptedRecordStore } from './encryptedRecordStore'
import { JournalBackups } from './journalBackups'
import type { JournalDatabase } from './journalDatabase'
import { replacePassphraseSlot } from './passphraseSlotWriter'
import { JournalRecoveryWords } from './journalRecoveryWords'
import { JournalSharing } from './journalSharing'
import type { PrefetchedRows } from './prefetchedRows'
import type { VaultRecoveryWords } from './recoveryWordsTypes'
import type { SessionParts } from './sessionParts'
import type { VaultSharing } from './sharingTypes'
import { isQuotaExceeded } from './storageErrors'
import type { JournalSummary, RecordStore, VaultSession } from './types'
import type { VaultContext } from './vaultContext'
import { vaultErrors } from './vaultErrors'

export class UnlockedVaultSession implements VaultSession {
  readonly journal: JournalSummary
  readonly records: RecordStore
  readonly sharing: VaultSharing
  readonly backups: VaultBackups
  readonly recoveryWords: VaultRecoveryWords
  readonly #context: VaultContext
  readonly #db: JournalDatabase
  readonly #keyring: VaultKeyring
  readonly #parts: SessionParts
  #mustChangePassphrase: boolean

  constructor(
    context: VaultContext,
    db: JournalDatabase,
    journal: JournalSummary,
    keyring: VaultKeyring,
    mustChangePassphrase: boolean,
    prefetched: PrefetchedRows | null = null,
  ) {
    this.journal = journal
    this.#context = context
    this.#db = db
    this.#keyring = keyring
    this.#mustChangePassphrase = mustChangePassphrase
    this.records = new EncryptedRecordStore(db, context.provider, keyring, journal.id, prefetched)
    const parts = { context, db, journal, keyring, records: this.records }
    this.#parts = parts
    this.sharing = new JournalSharing(parts)
    this.backups = new JournalBackups(parts)
    this.recoveryWords = new JournalRecoveryWords(parts)
  }

  get mustChangePassphrase(): boolean {
    return this.#mustChangePassphrase
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<Result<void>> {
    const weak = await this.#refuseWeak(newPassphrase)
    if (weak) return weak
    const checked = await checkCurrentPassphrase(this.#parts, currentPassphrase)
    if (!checked.ok) return checked
    // Only over the slot just checked: a change made meanwhile in another window wins.
    return this.#rewrap(newPassphrase, checked.value.passphraseSlot)
  }

  async replaceForgottenPassphrase(newPassphrase: string): Promise<Result<void>> {
    if (!this.#mustChangePassphrase) return vaultErrors.currentPassphraseNeeded()
    const weak = await this.#refuseWeak(newPassphrase)
    if (weak) return weak
    const result = await this.#rewrap(newPassphrase, undefined)
    if (!result.ok) return result
    this.#mustChangePassphrase = false
    // The words just opened the journal, so the person has them, whatever the note said. Best
    // effort: the passphrase is what mattered, and a lock meanwhile makes status() throw.
    try {
      if ((await this.recoveryWords.status()) === 'not-confirmed') {
        await this.recoveryWords.noteConfirmed()
      }
    } catch {
      // The note stays as it was; Settings may show a reminder that is no longer needed.
    }
    return result
  }

  async #refuseWeak(newPassphrase: string): Promise<Result<never> | null> {
    if (!this.#keyring.isOpen) return vaultErrors.locked()
    const strength = await assessPassphrase(newPassphrase, [this.journal.name])
    return strength.meetsMinimum ? null : vaultErrors.weakPassphrase(strength.explanation)
  }

  async #rewrap(newPassphrase: string, expectedCurrentSlot: Uint8Array | undefined) {
    if (!this.#keyring.isOpen) return vaultErrors.locked()
    // A private copy: locking during the second-long derivation zeroes the keyring's key, and
    // wrapping a zeroed key would lock the person out of their journal.
    const vaultKey = this.#keyring.vaultKey().slice()
    try {
      await replacePassphraseSlot({
        context: this.#context,
        db: this.#db,
        journalId: this.journal.id,
        vaultKey,
        passphrase: newPassphrase,
        params: this.#context.kdfParams,
        ...(expectedCurrentSlot ? { expectedCurrentSlot } : {}),
      })
    } catch (error) {
      if (!this.#keyring.isOpen) return vaultErrors.locked()
      return isQuotaExceeded(error)
        ? vaultErrors.storageFullForPassphrase()
        : vaultErrors.passphraseNotChanged()
    } finally {
      this.#context.provider.memzero(vaultKey)
    }
    return ok(undefined)
  }

  close(): void {
    this.#keyring.close()
    this.#db.close()
  }
}
