/**
 * Opens a .mendbackup through the platform (a native dialog, or the browser's file chooser) and
 * reads its header, so the person sees what the file is before typing any passphrase.
 */
import { ok, type Result } from '@shared/result'
import { MAX_BACKUP_BYTES } from '../../crypto/backupFormat'
import { readBackupSummary } from '../../db/backupSummary'
import type { BackupSummary } from '../../db/backupTypes'
import type { Platform } from '../../platform/types'

export interface ChosenBackup {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly summary: BackupSummary
}

export const backupFileFilters = [{ name: 'Mend backup', extensions: ['mendbackup'] }] as const

/** null when the person cancels; every unreadable file answers with the db layer's message. */
export async function chooseBackupFile(
  platform: Pick<Platform, 'openFiles'>,
): Promise<Result<ChosenBackup | null>> {
  const opened = await platform.openFiles({
    filters: backupFileFilters,
    multiple: false,
    maxBytes: MAX_BACKUP_BYTES,
  })
  if (!opened.ok) return opened
  const file = opened.value?.[0]
  if (!file) return ok(null)
  const summary = readBackupSummary(file.bytes)
  if (!summary.ok) return summary
  return ok({ fileName: file.fileName, bytes: file.bytes, summary: summary.value })
}
