/**
 * The only file names main will write or delete in a backup folder: Mend's own backup names
 * (docs/FORMAT.md §20.6). The renderer decides which backups to keep, but a bug or an injected
 * script there must never be able to reach any other file, so main checks every name itself.
 */
import { basename } from 'node:path'

/** The same shape as the renderer's backupFileName.ts; a test checks the two agree. */
const backupFileNamePattern = /^mend-backup-\d{4}-\d{2}-\d{2}-\d{6}Z-[0-9a-f]{8}\.mendbackup$/

export const backupFileExtension = '.mendbackup'

/** True only for a plain base name in Mend's backup format: no folder, no separator, no "..". */
export function isBackupFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    backupFileNamePattern.test(name) &&
    !name.includes('/') &&
    !name.includes('\\') &&
    basename(name) === name
  )
}
