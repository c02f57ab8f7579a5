import { ok, type Result } from '@shared/result'
import { assessPassphrase } from '../crypto/passphraseStrength'
import type { VaultKeyring } from '../crypto/vaultKeyring'
import type { VaultBackups } from './backupTypes'
import { EncryptedRecordStore } from './encryptedRecordStore'
import { JournalBackups } from './journalBackups'
import type { JournalDatabase } from './journalDatabase'
import { replacePassphraseSlot } from './passphraseSlotWriter'
import { JournalSharing } from './journalSharing'
import type { UnlockAids } from './encryptedRecordStore'
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
  readonly #context: VaultContext
  readonly #db: JournalDatabase
  readonly #keyring: VaultKeyring
  readonly #store: EncryptedRecordStore
  #mustChangePassphrase: boolean

  constructor(
    context: VaultContext,
    db: JournalDatabase,
    journal: JournalSummary,
    keyring: VaultKeyring,
    mustChangePassphrase: boolean,
    aids: UnlockAids = { prefetched: null, opener: null },
  ) {
    this.journal = journal
    this.#context = context
    this.#db = db
    this.#keyring = keyring
    this.#mustChangePassphrase = mustChangePassphrase
    this.#store = new EncryptedRecordStore(db, context.provider, keyring, journal.id, aids)
    this.records = this.#store
    const parts = { context, db, journal, keyring, records: this.records }
    this.sharing = new JournalSharing(parts)
    this.backups = new JournalBackups(parts)
  }

  get mustChangePassphrase(): boolean {
    return this.#mustChangePassphrase
  }

  async changePassphrase(newPassphrase: string): Promise<Result<void>> {
    if (!this.#keyring.isOpen) return vaultErrors.locked()
    const strength = await assessPassphrase(newPassphrase, [this.journal.name])
    if (!strength.meetsMinimum) return vaultErrors.weakPassphrase(strength.explanation)
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
      })
    } catch (error) {
      if (!this.#keyring.isOpen) return vaultErrors.locked()
      return isQuotaExceeded(error)
        ? vaultErrors.storageFullForPassphrase()
        : vaultErrors.passphraseNotChanged()
    } finally {
      this.#context.provider.memzero(vaultKey)
    }
    this.#mustChangePassphrase = false
    return ok(undefined)
  }

  close(): void {
    this.#store.releaseUnlockAids()
    this.#keyring.close()
    this.#db.close()
  }
}
