/**
 * Reads the files a person picked in the open dialog, refusing any larger than the caller's limit
 * before reading it (a 4 GB video picked by mistake must not fill memory).
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { fileTooLargeMessage } from '@shared/fileLimits'
import type { OpenedFile } from '@shared/ipc'
import { fail, ok, type Result } from '@shared/result'
import { openErrorToAppError } from './fileErrors'

async function readOne(filePath: string, maxBytes: number): Promise<Result<OpenedFile>> {
  // One handle for the size check and the read, so the file cannot be swapped in between.
  const handle = await open(filePath, 'r')
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) {
      return fail('not-a-file', 'That is not a regular file. Choose a file instead.')
    }
    if (stats.size > maxBytes) return fail('too-large', fileTooLargeMessage(maxBytes))
    const bytes = await handle.readFile()
    // The file may have grown since stat().
    if (bytes.byteLength > maxBytes) return fail('too-large', fileTooLargeMessage(maxBytes))
    return ok({ fileName: basename(filePath), bytes: new Uint8Array(bytes) })
  } finally {
    await handle.close()
  }
}

export async function readChosenFiles(
  filePaths: readonly string[],
  maxBytes: number,
): Promise<Result<readonly OpenedFile[]>> {
  const files: OpenedFile[] = []
  for (const filePath of filePaths) {
    try {
      const file = await readOne(filePath, maxBytes)
      if (!file.ok) return file
      files.push(file.value)
    } catch (error) {
      const appError = openErrorToAppError(error)
      return fail(appError.code, appError.message)
    }
  }
  return ok(files)
}
