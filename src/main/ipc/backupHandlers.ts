/**
 * Automatic backups into a folder the person chose. The renderer makes the encrypted backup and
 * decides which old ones to delete (docs/FORMAT.md §20.6); main owns the folder's path and checks
 * every file name, so the page can neither learn other paths nor touch any file but a backup.
 */
import { join } from 'node:path'
import { app } from 'electron'
import { ok } from '@shared/result'
import { askWhichFiles } from '../os/dialogs'
import { createBackupFolderService } from '../os/backupFolderService'
import { backupFoldersFileName } from '../os/backupFolderStore'
import type { MainInvokeHandlers } from './invokeContext'

type BackupChannel =
  'backup:choose-folder' | 'backup:folder-info' | 'backup:write' | 'backup:list' | 'backup:delete'

export function backupHandlers(
  storePath = join(app.getPath('userData'), backupFoldersFileName),
): MainInvokeHandlers<BackupChannel> {
  const folders = createBackupFolderService(storePath)
  return {
    'backup:choose-folder': async (context) => {
      const chosen = await askWhichFiles(context.window, {
        title: 'Choose a folder for automatic backups',
        buttonLabel: 'Use this folder',
        properties: ['openDirectory', 'createDirectory'],
      })
      const folderPath = chosen?.[0]
      return folderPath === undefined ? ok(null) : folders.remember(folderPath)
    },
    'backup:folder-info': async (_context, folderId) => folders.info(folderId),
    'backup:write': async (_context, request) => folders.write(request),
    'backup:list': async (_context, folderId) => folders.list(folderId),
    'backup:delete': async (_context, folderId, fileNames) => folders.delete(folderId, fileNames),
  }
}
