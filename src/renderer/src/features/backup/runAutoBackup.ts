/**
 * One automatic backup: make it, write it into the chosen folder, then delete this journal's
 * oldest automatic backups beyond the number to keep. Which names to delete is decided here from
 * the folder's listing (backupRetention.ts); main checks each name again before deleting.
 */
import { fail, ok, type Result } from '@shared/result'
import { backupFilesToDelete } from '../../db/backupRetention'
import type { RecordStore, VaultSession } from '../../db/types'
import type { BackupFolders } from '../../platform/types'
import { isAutoBackupDue } from './autoBackupDue'
import {
  loadAutoBackupSettings,
  updateAutoBackupSettings,
  type AutoBackupSettings,
} from './autoBackupSettings'

export interface AutoBackupRun {
  readonly fileName: string
  readonly deleted: number
  /** Set when the backup was written but old ones could not be removed. */
  readonly cleanupProblem: string | null
}

type BackingUpVault = Pick<VaultSession, 'journal' | 'backups'> & {
  readonly records: RecordStore
}

export async function writeAutoBackup(
  vault: BackingUpVault,
  folders: BackupFolders,
  settings: AutoBackupSettings,
  now: Date,
): Promise<Result<AutoBackupRun>> {
  const { folderId } = settings
  if (folderId === null) {
    return fail('backup-folder-missing', 'Choose a folder for automatic backups first.')
  }
  const created = await vault.backups.create({ now })
  if (!created.ok) return created
  const { fileName, bytes } = created.value
  const written = await folders.write(folderId, fileName, bytes)
  if (!written.ok) return written
  const listed = await folders.list(folderId)
  if (!listed.ok) return ok({ fileName, deleted: 0, cleanupProblem: listed.error.message })
  const toDelete = backupFilesToDelete(listed.value, vault.journal.id, settings.keep)
  if (toDelete.length === 0) return ok({ fileName, deleted: 0, cleanupProblem: null })
  const deleted = await folders.delete(folderId, toDelete)
  return ok(
    deleted.ok
      ? { fileName, deleted: deleted.value, cleanupProblem: null }
      : { fileName, deleted: 0, cleanupProblem: deleted.error.message },
  )
}

/**
 * Backs up when one is due and records how it went. Resolves to the settings as saved after the
 * run, or null when nothing was due (or the journal was locked part-way: the next unlock retries).
 */
export async function backUpIfDue(
  vault: BackingUpVault,
  folders: BackupFolders,
  now: Date,
): Promise<AutoBackupSettings | null> {
  const settings = await loadAutoBackupSettings(vault.records)
  if (!isAutoBackupDue(settings, now)) return null
  const run = await writeAutoBackup(vault, folders, settings, now)
  if (!run.ok && run.error.code === 'vault-locked') return null
  const saved = await updateAutoBackupSettings(
    vault.records,
    run.ok
      ? { lastBackupAt: now.toISOString(), lastProblem: run.value.cleanupProblem }
      : { lastProblem: run.error.message },
  )
  return saved.ok ? saved.value : null
}
