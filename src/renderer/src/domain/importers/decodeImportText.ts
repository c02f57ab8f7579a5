import { fail, ok, type Result } from '@shared/result'
import { importLimits, megabytes } from './importLimits'

/** Reads a file's bytes as UTF-8 text (a leading byte-order mark is dropped). */
export function decodeImportText(bytes: Uint8Array, fileName: string): Result<string> {
  if (bytes.byteLength > importLimits.maxTextBytes) {
    return fail(
      'import-too-large',
      `“${fileName}” is ${megabytes(bytes.byteLength)}, more than the ${megabytes(importLimits.maxTextBytes)} Mend can import at once. Split it into smaller parts (for example by year) and import each one. Nothing was changed.`,
    )
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return fail(
      'import-not-text',
      `“${fileName}” could not be read as text. Mend imports UTF-8 Markdown and Day One JSON files; check you chose the right file and try again. Nothing was changed.`,
    )
  }
}
