import type { Entry } from '../journal/entry'

export type ImportSource = 'day-one' | 'markdown'

/** A file as the platform hands it over. */
export interface ImportFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** A file already read as text. */
export interface ImportTextFile {
  readonly name: string
  readonly text: string
}

/** What an import needs from outside: the clock and the person's time zone (IANA name). */
export interface ImportContext {
  readonly now: Date
  readonly timeZone: string
}

/** An entry ready to store: the repository gives it its id and updatedAt. */
export interface ImportedEntryDraft {
  /**
   * The same item imported again gets the same key, so a second import can skip what is already
   * in the journal (see withoutAlreadyImported). Store it with the entry.
   */
  readonly dedupeKey: string
  readonly source: ImportSource
  readonly entry: Omit<Entry, 'id' | 'updatedAt'>
}

export interface SkippedImportItem {
  /** Where it was: "Entry 12" or the file name. */
  readonly where: string
  /** Why, in a sentence the person can understand. */
  readonly reason: string
}

/** Everything an import would add, shown to the person before anything is written. */
export interface ImportPlan {
  readonly drafts: readonly ImportedEntryDraft[]
  readonly skipped: readonly SkippedImportItem[]
  /** Things worth knowing that are not errors, e.g. "3 photos were not brought over." */
  readonly notes: readonly string[]
}
