import type { Result } from '@shared/result'

/**
 * Whether the person said they saved the journal's current recovery words: 'unknown' for a
 * journal made before Mend kept this note, or when the note cannot be read.
 */
export type RecoveryWordsStatus = 'confirmed' | 'not-confirmed' | 'unknown'

/** The recovery words of one unlocked journal (docs/FORMAT.md §10, "New recovery words"). */
export interface VaultRecoveryWords {
  status(): Promise<RecoveryWordsStatus>
  /** Before words are shown: if the page closes before they are confirmed, Settings can say so. */
  noteNotConfirmed(): Promise<Result<void>>
  /** The person ticked that they wrote down or printed the words on screen. */
  noteConfirmed(): Promise<Result<void>>
  /**
   * Checks `currentPassphrase` against the stored passphrase slot, then makes 24 new words and
   * swaps the recovery slot in one transaction: the old words stop opening the journal, the
   * passphrase keeps working. The new words are noted as not confirmed until noteConfirmed().
   * Errors: 'current-passphrase-needed', 'wrong-passphrase', 'key-derivation-failed',
   * 'storage-full', 'recovery-words-not-changed', 'journal-damaged', 'storage-unavailable',
   * 'vault-locked'; on every error the old words still work.
   */
  replace(currentPassphrase: string): Promise<Result<readonly string[]>>
}
