import { ok, type Result } from '@shared/result'
import { parseBackup } from '../crypto/backupFormat'
import type { BackupSummary } from './backupTypes'

/**
 * What a backup's header says, before any passphrase: which journal, when, how many records.
 * Unauthenticated until the backup is opened; for showing, never for deciding anything.
 */
export function readBackupSummary(backupBytes: Uint8Array): Result<BackupSummary> {
  const parsed = parseBackup(backupBytes)
  if (!parsed.ok) return parsed
  const { journalId, createdAtMs, recordCount } = parsed.value.header
  const createdAt = new Date(createdAtMs)
  return ok({
    journalId,
    createdAt: Number.isNaN(createdAt.getTime()) ? '' : createdAt.toISOString(),
    recordCount,
  })
}
