/**
 * What the backup:* channels do, without Electron: the handlers add the native folder chooser.
 * Every call names its folder by id; an id main does not know is refused with a way forward.
 */
import type { BackupFolder, BackupFolderWrite, SavedFile } from '@shared/ipc'
import { fail, ok, type Result } from '@shared/result'
import {
  deleteBackupFiles,
  isFolderAvailable,
  listBackupFiles,
  writeBackupFile,
} from './backupFolderFiles'
import { findBackupFolder, newBackupFolderId, rememberBackupFolder } from './backupFolderStore'

const unknownFolder = fail(
  'backup-folder-unknown',
  'Mend no longer knows which folder to back up into. Choose the folder again in Settings › Backups.',
)

export interface BackupFolderService {
  /** Remembers a folder the person just chose in the native dialog. */
  remember(folderPath: string): Promise<Result<BackupFolder>>
  info(folderId: string): Promise<Result<BackupFolder | null>>
  write(request: BackupFolderWrite): Promise<Result<SavedFile>>
  list(folderId: string): Promise<Result<readonly string[]>>
  delete(folderId: string, fileNames: readonly string[]): Promise<Result<number>>
}

export function createBackupFolderService(
  storePath: string,
  newId: () => string = newBackupFolderId,
): BackupFolderService {
  const describe = async (folderId: string, location: string): Promise<BackupFolder> => ({
    folderId,
    location,
    available: await isFolderAvailable(location),
  })

  async function withFolder<T>(
    folderId: string,
    work: (folder: string) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const folder = await findBackupFolder(storePath, folderId)
    return folder === null ? unknownFolder : work(folder)
  }

  return {
    async remember(folderPath) {
      const id = await rememberBackupFolder(storePath, folderPath, newId)
      return id.ok ? ok(await describe(id.value, folderPath)) : id
    },
    async info(folderId) {
      const folder = await findBackupFolder(storePath, folderId)
      return ok(folder === null ? null : await describe(folderId, folder))
    },
    write: ({ folderId, fileName, contents }) =>
      withFolder(folderId, async (folder) => {
        const written = await writeBackupFile(folder, fileName, contents)
        return written.ok ? ok({ fileName, bytesWritten: written.value }) : written
      }),
    list: (folderId) => withFolder(folderId, listBackupFiles),
    delete: (folderId, fileNames) =>
      withFolder(folderId, (folder) => deleteBackupFiles(folder, fileNames)),
  }
}
