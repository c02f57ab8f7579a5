import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportFile } from './types'

// Relative, "/"-separated, no empty, "." or ".." segments, no backslashes or drive letters.
const safeRelativePath = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^/\\:]+(?:\/[^/\\:]+)*$/

/**
 * The files as a zip archive, each stamped with `now`. Paths are checked again here (they come from
 * renderMarkdownFolder, which only makes safe ones) because a bad one would write outside the
 * folder the reader unzips into.
 */
export function zipExportFiles(files: readonly ExportFile[], now: Date): Uint8Array {
  // No prototype: a path can never land on an inherited property.
  const archive: Zippable = Object.create(null) as Zippable
  for (const file of files) {
    if (!safeRelativePath.test(file.path) || Object.hasOwn(archive, file.path)) {
      throw new Error(`Refusing to zip the unsafe or repeated path ${JSON.stringify(file.path)}`)
    }
    archive[file.path] = strToU8(file.contents)
  }
  // Level 6: text compresses about 3:1 and 1,000 entries still zip in well under a second.
  return zipSync(archive, { level: 6, mtime: now })
}
