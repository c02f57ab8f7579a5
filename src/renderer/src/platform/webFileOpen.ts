/** Opening in a browser: a hidden file input, with the size limit checked before reading. */
import { fileTooLargeMessage } from '@shared/fileLimits'
import type { FileFilter, OpenFileRequest, OpenedFile } from '@shared/ipc'
import { fail, ok, type Result } from '@shared/result'

type OpenResult = Result<readonly OpenedFile[] | null>

/** ".mendbackup,.json"; empty (anything) when a filter allows "*". */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions)
  if (extensions.includes('*')) return ''
  return extensions.map((extension) => `.${extension}`).join(',')
}

export async function readPickedFiles(
  files: readonly File[],
  maxBytes: number,
): Promise<OpenResult> {
  if (files.length === 0) return ok(null)
  if (files.some((file) => file.size > maxBytes))
    return fail('too-large', fileTooLargeMessage(maxBytes))
  try {
    const opened = await Promise.all(
      files.map(async (file) => ({
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    )
    return ok(opened)
  } catch {
    return fail(
      'read-failed',
      'Your browser could not read that file. It may have been moved or changed; choose it again.',
    )
  }
}

/**
 * Resolves to null when the person cancels. Browsers without the input 'cancel' event (before
 * Chrome 113, Firefox 91, Safari 16.4) never report a cancel, so the promise then stays pending.
 */
export function pickFiles(document: Document, request: OpenFileRequest): Promise<OpenResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = request.multiple
    const accept = acceptAttribute(request.filters)
    if (accept !== '') input.accept = accept
    input.hidden = true
    const finish = (result: OpenResult): void => {
      input.remove()
      resolve(result)
    }
    input.addEventListener(
      'change',
      () => void readPickedFiles(Array.from(input.files ?? []), request.maxBytes).then(finish),
      { once: true },
    )
    input.addEventListener('cancel', () => finish(ok(null)), { once: true })
    document.body.append(input)
    input.click()
  })
}
