import type { Result } from '@shared/result'
import { createBackup } from './backupCreation'
import { mergeBackup } from './backupMerge'
import type {
  BackupMerge,
  BackupProgressOptions,
  BackupSecret,
  CreatedBackup,
  VaultBackups,
} from './backupTypes'
import type { SessionParts } from './sessionParts'

/** VaultBackups for one unlocked journal; the work lives in backupCreation and backupMerge. */
export class JournalBackups implements VaultBackups {
  readonly #parts: SessionParts

  constructor(parts: SessionParts) {
    this.#parts = parts
  }

  create(options: { readonly now: Date } & BackupProgressOptions): Promise<Result<CreatedBackup>> {
    return createBackup(this.#parts, options.now, options)
  }

  merge(
    backupBytes: Uint8Array,
    secret: BackupSecret | null,
    options: BackupProgressOptions = {},
  ): Promise<Result<BackupMerge>> {
    return mergeBackup(this.#parts, backupBytes, secret, options)
  }
}
