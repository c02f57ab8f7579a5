/** 40 characters: long enough for "weekly check-in with counsellor", short enough for a chip. */
export const maxTagLength = 40
/** A cap so a pasted paragraph cannot become a hundred tags. */
export const maxTagsPerEntry = 20

/**
 * One tag as it is stored: trimmed, lower case, inner spaces collapsed, a leading "#" dropped,
 * cut to maxTagLength. Null when nothing is left.
 */
export function normaliseTag(raw: string): string | null {
  const tag = raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .slice(0, maxTagLength)
    .trim()
  return tag === '' ? null : tag
}

/** Normalised, without duplicates, in the order first written, at most maxTagsPerEntry. */
export function normaliseTags(raw: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const candidate of raw) {
    const tag = normaliseTag(candidate)
    if (tag !== null) seen.add(tag)
    if (seen.size === maxTagsPerEntry) break
  }
  return [...seen]
}

/** Splits what someone typed into a tag field ("work, Trust ,#walks") into normalised tags. */
export function parseTagInput(text: string): string[] {
  return normaliseTags(text.split(/[,;\n]/))
}
