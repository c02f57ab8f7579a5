/**
 * backup-folders.json in the userData folder: the folders chosen for automatic backups, each
 * under an opaque id. The renderer keeps only the id (in the journal's encrypted settings), so
 * it never holds a path it could send back, and two journals can each have their own folder.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { ok, type Result } from '@shared/result'
import { writeFileAtomic } from './atomicWrite'

export const backupFoldersFileName = 'backup-folders.json'

/** Plenty for every journal on one computer, and bounds what a runaway caller can add. */
const maxFolders = 32

export const backupFolderIdPattern = /^[0-9a-f]{32}$/

const storedFolders = z.strictObject({
  folders: z
    .array(
      z.strictObject({
        id: z.string().regex(backupFolderIdPattern),
        path: z.string().min(1).max(4096).refine(isAbsolute, 'not an absolute path'),
      }),
    )
    .max(maxFolders),
})

export type StoredBackupFolder = z.infer<typeof storedFolders>['folders'][number]

export function newBackupFolderId(): string {
  return randomBytes(16).toString('hex')
}

/** An empty list when there is no file yet or it cannot be read: folders are then chosen again. */
export async function loadBackupFolders(storePath: string): Promise<readonly StoredBackupFolder[]> {
  try {
    const parsed = storedFolders.safeParse(JSON.parse(await readFile(storePath, 'utf8')))
    return parsed.success ? parsed.data.folders : []
  } catch {
    return []
  }
}

export async function findBackupFolder(
  storePath: string,
  folderId: string,
): Promise<string | null> {
  if (!backupFolderIdPattern.test(folderId)) return null
  const folders = await loadBackupFolders(storePath)
  return folders.find((folder) => folder.id === folderId)?.path ?? null
}

/** The folder's id: the same one when it was chosen before, so old settings keep working. */
export async function rememberBackupFolder(
  storePath: string,
  folderPath: string,
  newId: () => string = newBackupFolderId,
): Promise<Result<string>> {
  const folders = await loadBackupFolders(storePath)
  const known = folders.find((folder) => folder.path === folderPath)
  if (known) return ok(known.id)
  const id = newId()
  // The oldest choice makes room; a journal still using it will simply ask for its folder again.
  const kept = [...folders, { id, path: folderPath }].slice(-maxFolders)
  const written = await writeFileAtomic(storePath, `${JSON.stringify({ folders: kept })}\n`)
  return written.ok ? ok(id) : written
}
