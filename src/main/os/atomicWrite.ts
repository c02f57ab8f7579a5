/**
 * Writes a file so that the name only ever holds the old contents or the complete new ones: data
 * goes to a temporary file in the same folder, is flushed to the disk, then renamed over the name
 * (rename within one folder is atomic on every desktop OS). A crash or a full disk part-way leaves
 * the previous file untouched and no half-written file behind.
 */
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fail, ok, type Result } from '@shared/result'
import { saveErrorToAppError } from './fileErrors'

/** The parts of node:fs/promises used here; tests pass a wrapper that fails on purpose. */
export interface AtomicWriteFileSystem {
  open(
    path: string,
    flags: string,
    mode?: number,
  ): Promise<{
    writeFile(data: string | Uint8Array): Promise<void>
    sync(): Promise<void>
    close(): Promise<void>
  }>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Resolves to the number of bytes written. */
export async function writeFileAtomic(
  targetPath: string,
  contents: string | Uint8Array,
  fileSystem: AtomicWriteFileSystem = nodeFs,
): Promise<Result<number>> {
  const folder = dirname(targetPath)
  // Hidden and unique, so it never collides with the person's files or with a parallel save.
  const tempPath = join(folder, `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`)
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents
  let tempCreated = false
  try {
    // 0o600: exports and backups are private to the person's account.
    const handle = await fileSystem.open(tempPath, 'wx', 0o600)
    tempCreated = true
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fileSystem.rename(tempPath, targetPath)
    tempCreated = false
    await syncFolder(folder, fileSystem)
    return ok(bytes.byteLength)
  } catch (error) {
    if (tempCreated) await fileSystem.unlink(tempPath).catch(() => undefined)
    const appError = saveErrorToAppError(error)
    return fail(appError.code, appError.message)
  }
}

/** Makes the rename itself durable. Windows cannot open a folder this way; the rename still holds. */
async function syncFolder(folder: string, fileSystem: AtomicWriteFileSystem): Promise<void> {
  try {
    const handle = await fileSystem.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort only: the data is already safely in place.
  }
}
