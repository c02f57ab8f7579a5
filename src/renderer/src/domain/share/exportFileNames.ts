/**
 * File names for exported items: lowercase ASCII letters, digits and hyphens only, so no name can
 * climb out of its folder, hide as a dot file, or clash on a case-insensitive disk.
 */

const maxSlugLength = 60

/** "A hard talk, at last!" → "a-hard-talk-at-last"; "" when nothing readable is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/, '')
}

/**
 * Hands out names that differ from every earlier one (and from `reserved`), ignoring case:
 * "2026-03-03-talk.md", then "2026-03-03-talk-2.md".
 */
export function createUniqueNamer(
  reserved: readonly string[],
): (stem: string, extension: string) => string {
  const taken = new Set(reserved.map((name) => name.toLowerCase()))
  return (stem, extension) => {
    const safeStem = slugify(stem) || 'item'
    let candidate = `${safeStem}${extension}`
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
      candidate = `${safeStem}-${counter}${extension}`
    }
    taken.add(candidate.toLowerCase())
    return candidate
  }
}

/** A name for the export as a whole, offered in the save dialog: "mend-export-2026-11-25.html". */
export function exportFileName(
  exportedOn: string,
  extension: 'md' | 'zip' | 'html' | 'pdf',
): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(exportedOn) ? exportedOn : 'undated'
  return `mend-export-${day}.${extension}`
}
