/**
 * What Settings sees of .mendbackup files: making one from the unlocked journal, merging one
 * back in, and (on VaultDirectory) restoring one as a journal on a fresh install.
 */
import type { Result } from '@shared/result'
import type { VaultSession } from './types'

/** What opens a backup made of another journal (or on another computer). */
export type BackupSecret =
  { readonly passphrase: string } | { readonly recoveryWords: readonly string[] }

export type BackupPhase = 'reading' | 'sealing' | 'unlocking' | 'verifying' | 'writing'

export interface BackupProgress {
  readonly phase: BackupPhase
  /** Units done in this phase (records or 64 KiB chunks), and how many in all. */
  readonly done: number
  readonly total: number
}

export interface BackupProgressOptions {
  readonly onProgress?: (progress: BackupProgress) => void
}

export interface CreatedBackup {
  readonly bytes: Uint8Array
  /** e.g. "mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup"; see backupFileName.ts. */
  readonly fileName: string
  readonly recordCount: number
}

/** Read from the header alone, before any passphrase. */
export interface BackupSummary {
  readonly journalId: string
  /** ISO 8601 instant the backup was made. */
  readonly createdAt: string
  readonly recordCount: number
}

export interface BackupMerge {
  readonly added: number
  /** Records the backup held in a newer version than the journal. */
  readonly updated: number
  /**
   * Records already here, the same or newer; and, from a backup of another journal, the records
   * this journal keeps its own of (settings, share key; see backupMergeRules.ts).
   */
  readonly unchanged: number
  /** Records that were already damaged when the backup was made; left out. */
  readonly skippedDamaged: number
}

export interface RestoredJournal {
  /** The restored journal, unlocked (mustChangePassphrase after the recovery words). */
  readonly session: VaultSession
  readonly restoredRecords: number
  /** Records that were already damaged when the backup was made, restored as they were. */
  readonly damagedRecords: number
}

export interface VaultBackups {
  create(options: { readonly now: Date } & BackupProgressOptions): Promise<Result<CreatedBackup>>
  /**
   * Brings a backup's records into this journal without duplicates, keeping the newer of two
   * versions of a record. A backup of this same journal needs no secret (pass null).
   */
  merge(
    backupBytes: Uint8Array,
    secret: BackupSecret | null,
    options?: BackupProgressOptions,
  ): Promise<Result<BackupMerge>>
}
