import { ok, type Result } from '@shared/result'
import { checkCurrentPassphrase } from './currentPassphraseCheck'
import { replaceRecoverySlot } from './recoverySlotWriter'
import {
  readRecoveryWordsStatus,
  restoreRecoveryWordsStatus,
  writeRecoveryWordsStatus,
} from './recoveryWordsRecord'
import type { RecoveryWordsStatus, VaultRecoveryWords } from './recoveryWordsTypes'
import type { SessionParts } from './sessionParts'
import { isQuotaExceeded } from './storageErrors'
import { vaultErrors } from './vaultErrors'

/** VaultRecoveryWords for one unlocked journal. */
export class JournalRecoveryWords implements VaultRecoveryWords {
  readonly #parts: SessionParts

  constructor(parts: SessionParts) {
    this.#parts = parts
  }

  status(): Promise<RecoveryWordsStatus> {
    return readRecoveryWordsStatus(this.#parts.records)
  }

  noteNotConfirmed(): Promise<Result<void>> {
    return writeRecoveryWordsStatus(this.#parts.records, false)
  }

  noteConfirmed(): Promise<Result<void>> {
    return writeRecoveryWordsStatus(this.#parts.records, true)
  }

  async replace(currentPassphrase: string): Promise<Result<readonly string[]>> {
    const parts = this.#parts
    const checked = await checkCurrentPassphrase(parts, currentPassphrase)
    if (!checked.ok) return checked
    if (!parts.keyring.isOpen) return vaultErrors.locked()
    const previous = await this.status()
    // Noted first: if the page closes after the swap but before the words are seen, Settings
    // still says they were never confirmed. The opposite order could hide that for good.
    const noted = await this.noteNotConfirmed()
    if (!noted.ok) {
      return noted.error.code === 'storage-full' ? vaultErrors.storageFullForRecoveryWords() : noted
    }
    if (!parts.keyring.isOpen) return vaultErrors.locked()
    // A private copy: locking during the write zeroes the keyring's key, and wrapping a zeroed
    // key would make the new words open nothing.
    const vaultKey = parts.keyring.vaultKey().slice()
    try {
      const words = await replaceRecoverySlot({
        context: parts.context,
        db: parts.db,
        journalId: parts.journal.id,
        vaultKey,
        checkedHeader: checked.value,
      })
      return ok(words)
    } catch (error) {
      if (!parts.keyring.isOpen) return vaultErrors.locked()
      await restoreRecoveryWordsStatus(parts.records, previous).catch(() => undefined)
      return isQuotaExceeded(error)
        ? vaultErrors.storageFullForRecoveryWords()
        : vaultErrors.recoveryWordsNotChanged()
    } finally {
      parts.context.provider.memzero(vaultKey)
    }
  }
}
