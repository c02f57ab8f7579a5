/**
 * What the rest of the app sees of the encrypted vault. Implemented in db/ on top of crypto/;
 * features never touch keys, ciphertext or Dexie directly.
 */
import type { TimeSlicer } from '../crypto/timeSlicer'
import type { Result } from '@shared/result'
import type {
  BackupProgressOptions,
  BackupSecret,
  RestoredJournal,
  VaultBackups,
} from './backupTypes'
import type { VaultRecoveryWords } from './recoveryWordsTypes'
import type { VaultSharing } from './sharingTypes'

/** Every kind of user record. Each is one encrypted envelope at rest (docs/FORMAT.md). */
export type RecordKind =
  | 'entry'
  | 'flow-session'
  | 'apology'
  | 'agreement'
  | 'commitment'
  | 'commitment-log'
  | 'milestone'
  | 'prompt-custom'
  | 'settings'
  | 'share-key'
  | 'shared-item'
  | 'share-log'

/** A decrypted record, or the honest news that it could not be opened. */
export type OpenedRecord<T = unknown> =
  | { readonly status: 'ok'; readonly id: string; readonly kind: RecordKind; readonly payload: T }
  | { readonly status: 'damaged'; readonly id: string; readonly kind: RecordKind }

export interface JournalSummary {
  readonly id: string
  /** Chosen by the person ("Sam", "My journal"); stored in plain text so the lock screen can list it. */
  readonly name: string
}

/** Encrypted storage of one unlocked journal. Payloads are JSON-serialisable values. */
export interface RecordStore {
  /** Encrypts and writes. 'storage-full' when the disk or quota is exhausted: nothing is lost in memory. */
  put(kind: RecordKind, id: string, payload: unknown): Promise<Result<void>>
  /** Several records in one transaction: all are written or none. */
  putMany(
    records: readonly { kind: RecordKind; id: string; payload: unknown }[],
  ): Promise<Result<void>>
  /** Ids are random or fixed singleton names (they are stored in plain text): 1–128 of A–Z a–z 0–9 . _ : - */
  get<T>(kind: RecordKind, id: string): Promise<OpenedRecord<T> | null>
  /** The records with these ids that exist, in the order asked for. */
  getMany<T>(kind: RecordKind, ids: readonly string[]): Promise<readonly OpenedRecord<T>[]>
  /** With a slicer, pauses between records so a long list never blocks the page for long. */
  list<T>(kind: RecordKind, slicer?: TimeSlicer): Promise<readonly OpenedRecord<T>[]>
  delete(kind: RecordKind, id: string): Promise<Result<void>>
}

export interface VaultSession {
  readonly journal: JournalSummary
  /** True after unlocking with the recovery key: the app must ask for a new passphrase first. */
  readonly mustChangePassphrase: boolean
  readonly records: RecordStore
  /**
   * Re-wraps the vault key under the new passphrase, after checking that `currentPassphrase`
   * opens the stored passphrase slot: an unlocked window alone is not enough. One transaction:
   * on any failure the old passphrase still works. Errors: 'current-passphrase-needed',
   * 'wrong-passphrase', 'weak-passphrase', 'key-derivation-failed', 'storage-full',
   * 'passphrase-not-changed', 'journal-damaged', 'storage-unavailable', 'vault-locked'.
   */
  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<Result<void>>
  /**
   * Only after unlocking with the recovery words (mustChangePassphrase), when the old passphrase
   * is presumed forgotten: sets a new one without asking for it. Otherwise
   * 'current-passphrase-needed'; other errors as changePassphrase.
   */
  replaceForgottenPassphrase(newPassphrase: string): Promise<Result<void>>
  /** Whether the recovery words were confirmed as saved, and making new ones. */
  readonly recoveryWords: VaultRecoveryWords
  /** Share code, partner bundles, "Shared with me" and the share log (docs/FORMAT.md §17–19). */
  readonly sharing: VaultSharing
  /** .mendbackup files of this journal: make one, or merge one back in (docs/FORMAT.md §20). */
  readonly backups: VaultBackups
  /**
   * Zeroes every key buffer and closes the database. Afterwards writes answer 'vault-locked' and
   * reads throw VaultLockedError.
   */
  close(): void
}

export interface CreatedJournal {
  readonly session: VaultSession
  /** Shown once, never stored: 24 words that open the journal if the passphrase is forgotten. */
  readonly recoveryWords: readonly string[]
}

export interface VaultDirectory {
  list(): Promise<readonly JournalSummary[]>
  create(name: string, passphrase: string): Promise<Result<CreatedJournal>>
  /** 'wrong-passphrase' is the only error a wrong passphrase can produce. */
  unlock(journalId: string, passphrase: string): Promise<Result<VaultSession>>
  unlockWithRecoveryWords(
    journalId: string,
    words: readonly string[],
  ): Promise<Result<VaultSession>>
  /**
   * Restores a .mendbackup as a journal on this computer, with the passphrase or recovery words
   * it had when the backup was made. Every record is verified before anything is written, then
   * everything is written in one transaction; on any error nothing is written.
   */
  restoreBackup(
    backupBytes: Uint8Array,
    secret: BackupSecret,
    options?: BackupProgressOptions,
  ): Promise<Result<RestoredJournal>>
}
