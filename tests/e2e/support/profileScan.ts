import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file under a directory, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await filesUnder(path)))
    else if (entry.isFile()) found.push(path)
  }
  return found
}

/**
 * The files of a browser profile that contain `marker` as UTF-8 or UTF-16 (little or big endian).
 * Chromium stores IndexedDB values with V8 serialisation, whose strings are Latin-1 or UTF-16,
 * and LevelDB may compress blocks, which is why the marker is written many times over.
 */
export async function filesContaining(dir: string, marker: string): Promise<string[]> {
  const needles = [
    Buffer.from(marker, 'utf8'),
    Buffer.from(marker, 'utf16le'),
    Buffer.from(marker, 'utf16le').swap16(),
  ]
  const hits: string[] = []
  for (const file of await filesUnder(dir)) {
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch {
      continue
    }
    if (needles.some((needle) => bytes.includes(needle))) hits.push(file)
  }
  return hits
}

export async function countFiles(dir: string): Promise<number> {
  return (await filesUnder(dir)).length
}
