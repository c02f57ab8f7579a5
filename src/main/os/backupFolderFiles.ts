/**
 * Reading, writing and deleting backup files inside the chosen folder. Every name is checked
 * against Mend's backup format and every path is rebuilt from the folder and that name, so
 * nothing outside the folder, and nothing in it that Mend did not write, can be touched.
 */
import * as nodeFs from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fail, ok, type Result } from '@shared/result'
import { writeFileAtomic } from './atomicWrite'
import { isBackupFileName } from './backupFolderNames'

const notABackupName = fail(
  'invalid-backup-name',
  'Mend was asked to use a file that is not one of its backups, so nothing was changed in the folder.',
)

const folderUnavailable = fail(
  'backup-folder-unavailable',
  'The folder for automatic backups cannot be reached right now. If it is on a USB stick or a ' +
    'network drive, connect it; otherwise choose another folder in Settings.',
)

const cleanupFailed = fail(
  'backup-cleanup-failed',
  'Mend could not remove older backups from the folder. The backups there are safe; check that ' +
    'the folder is not read-only, or remove old ones yourself.',
)

/** The file's path inside the folder, or null if the name is not a backup name. */
export function backupFilePath(folder: string, fileName: string): string | null {
  if (!isBackupFileName(fileName)) return null
  const filePath = resolve(folder, fileName)
  return dirname(filePath) === resolve(folder) ? filePath : null
}

export async function isFolderAvailable(folder: string): Promise<boolean> {
  try {
    return (await nodeFs.stat(folder)).isDirectory()
  } catch {
    return false
  }
}

/** Base names of the backup files in the folder, sorted; other files are left out. */
export async function listBackupFiles(folder: string): Promise<Result<readonly string[]>> {
  try {
    const entries = await nodeFs.readdir(folder, { withFileTypes: true })
    return ok(
      entries
        .filter((entry) => entry.isFile() && isBackupFileName(entry.name))
        .map((entry) => entry.name)
        .sort(),
    )
  } catch {
    return folderUnavailable
  }
}

/** Writes atomically, so a backup in the folder is always complete; resolves to bytes written. */
export async function writeBackupFile(
  folder: string,
  fileName: string,
  contents: Uint8Array,
): Promise<Result<number>> {
  const filePath = backupFilePath(folder, fileName)
  if (filePath === null) return notABackupName
  if (!(await isFolderAvailable(folder))) return folderUnavailable
  return writeFileAtomic(filePath, contents)
}

/**
 * Deletes exactly these backup files. One bad name refuses the whole request before anything is
 * deleted. A file already gone counts as done; anything but a regular file is left alone.
 */
export async function deleteBackupFiles(
  folder: string,
  fileNames: readonly string[],
): Promise<Result<number>> {
  const filePaths = fileNames.map((fileName) => backupFilePath(folder, fileName))
  if (filePaths.some((filePath) => filePath === null)) return notABackupName
  let deleted = 0
  for (const filePath of new Set(filePaths as string[])) {
    try {
      // lstat: a link named like a backup is not followed, and is not ours to delete.
      if (!(await nodeFs.lstat(filePath)).isFile()) continue
      await nodeFs.unlink(filePath)
      deleted += 1
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') continue
      return cleanupFailed
    }
  }
  return ok(deleted)
}
