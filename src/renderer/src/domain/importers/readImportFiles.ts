import { unzipSync } from 'fflate'
import { fail, ok, type Result } from '@shared/result'
import { decodeImportText } from './decodeImportText'
import { importLimits, megabytes, wholeNumber } from './importLimits'
import type { ImportFile, ImportTextFile } from './types'

const zipSignature = [0x50, 0x4b, 0x03, 0x04]

export function isZip(bytes: Uint8Array): boolean {
  return zipSignature.every((byte, index) => bytes[index] === byte)
}

/**
 * The text files inside a zip whose names `wanted` accepts; photos and everything else are never
 * decompressed. Sizes are checked from the archive's directory before inflating, and again after,
 * so a zip that claims to be small but expands hugely is refused.
 */
export function textFilesFromZip(
  file: ImportFile,
  wanted: (name: string) => boolean,
): Result<readonly ImportTextFile[]> {
  if (file.bytes.byteLength > importLimits.maxArchiveBytes) {
    return fail(
      'import-too-large',
      `“${file.name}” is ${megabytes(file.bytes.byteLength)}, more than the ${megabytes(importLimits.maxArchiveBytes)} Mend can open. Export again without photos, or in smaller parts, and try again. Nothing was changed.`,
    )
  }
  let declaredTotal = 0
  let declaredFiles = 0
  let tooBig = false
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(file.bytes, {
      filter: (entry) => {
        if (!wanted(entry.name)) return false
        declaredTotal += entry.originalSize
        declaredFiles += 1
        if (declaredTotal > importLimits.maxTextBytes || declaredFiles > importLimits.maxFiles)
          tooBig = true
        return !tooBig
      },
    })
  } catch {
    return fail(
      'import-unreadable-zip',
      `“${file.name}” looks like a zip file but could not be opened; it may be damaged or cut short. Download or export it again and try once more. Nothing was changed.`,
    )
  }
  if (tooBig) {
    return fail(
      'import-too-large',
      `“${file.name}” holds more than ${megabytes(importLimits.maxTextBytes)} of text or more than ${wholeNumber(importLimits.maxFiles)} files, more than Mend can import at once. Import it in smaller parts. Nothing was changed.`,
    )
  }
  const texts: ImportTextFile[] = []
  let actualTotal = 0
  for (const [name, bytes] of Object.entries(entries)) {
    actualTotal += bytes.byteLength
    const decoded = decodeImportText(bytes, name)
    if (!decoded.ok) return decoded
    texts.push({ name, text: decoded.value })
  }
  if (actualTotal > importLimits.maxTextBytes) {
    return fail(
      'import-too-large',
      `“${file.name}” expands to more text than Mend can import at once. Import it in smaller parts. Nothing was changed.`,
    )
  }
  return ok(texts)
}

function tooMuchText<T>(): Result<T> {
  return fail(
    'import-too-large',
    `These files hold more than ${megabytes(importLimits.maxTextBytes)} of text, more than Mend can import at once. Import them in smaller groups, for example a year at a time. Nothing was changed.`,
  )
}

/**
 * Files as text: plain files are decoded, zips are opened and the files `wanted` accepts are read.
 * Files `wanted` does not accept are passed through as empty text, so the parsers can count them.
 */
export function readImportFiles(
  files: readonly ImportFile[],
  wanted: (name: string) => boolean,
): Result<readonly ImportTextFile[]> {
  const texts: ImportTextFile[] = []
  let total = 0
  for (const file of files) {
    if (isZip(file.bytes)) {
      const inner = textFilesFromZip(file, wanted)
      if (!inner.ok) return inner
      texts.push(...inner.value)
      total += inner.value.reduce((sum, text) => sum + text.text.length, 0)
      if (total > importLimits.maxTextBytes) return tooMuchText()
      continue
    }
    if (!wanted(file.name)) {
      texts.push({ name: file.name, text: '' })
      continue
    }
    total += file.bytes.byteLength
    if (total > importLimits.maxTextBytes) return tooMuchText()
    const decoded = decodeImportText(file.bytes, file.name)
    if (!decoded.ok) return decoded
    texts.push({ name: file.name, text: decoded.value })
  }
  return ok(texts)
}
