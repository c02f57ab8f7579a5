/** Saving in a browser: the file goes to the browser's downloads, named as suggested. */
import type { SaveFileRequest, SavedFile } from '@shared/ipc'
import { ok, type Result } from '@shared/result'

export interface ObjectUrls {
  create(blob: Blob): string
  revoke(url: string): void
}

/** 60 s: long enough for the slowest browser to start the download before the URL is freed. */
const revokeDelayMs = 60_000

export function saveByDownload(
  document: Document,
  objectUrls: ObjectUrls,
  schedule: (work: () => void, delayMs: number) => void,
  request: SaveFileRequest,
): Result<SavedFile | null> {
  const blob =
    typeof request.contents === 'string'
      ? new Blob([request.contents], { type: 'text/plain;charset=utf-8' })
      : new Blob([new Uint8Array(request.contents)], { type: 'application/octet-stream' })
  const url = objectUrls.create(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = request.suggestedName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  schedule(() => objectUrls.revoke(url), revokeDelayMs)
  // The browser does not say whether or where it saved; the suggested name is the honest answer.
  return ok({ fileName: request.suggestedName, bytesWritten: blob.size })
}
