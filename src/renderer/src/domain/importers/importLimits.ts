/**
 * What one import may contain. Checked before anything is parsed in earnest, so an oversized or
 * hostile file costs little and changes nothing.
 */
export const importLimits = {
  /** 50 MB of text: a long entry every day for over twenty years. More is a wrong file or photos. */
  maxTextBytes: 50 * 1024 * 1024,
  /** A zip may also hold photos, which are left out; this caps what is read into memory at all. */
  maxArchiveBytes: 500 * 1024 * 1024,
  maxEntries: 10_000,
  maxFiles: 10_000,
  /** About 150,000 words: no journal entry is longer; a longer "entry" is a misread file. */
  maxEntryCharacters: 1_000_000,
  maxTitleCharacters: 300,
  maxTags: 50,
  maxTagCharacters: 100,
} as const

/** "52.4 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** "10,000" for messages, without depending on the runtime's locale. */
export function wholeNumber(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
