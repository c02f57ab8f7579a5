import type { Entry } from '../journal/entry'

/** What the index needs of an entry; a full decrypted Entry fits. */
export type SearchableEntry = Pick<Entry, 'id' | 'title' | 'body' | 'tags' | 'date' | 'updatedAt'> & {
  /** The writer's own note beside an entry: theirs to find, like everything else they wrote. */
  readonly privateNote?: string
}

/** A span of a string in UTF-16 code units, `end` exclusive: text.slice(start, end). */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/**
 * Plain text with the matched words marked. The UI renders it as text nodes with <mark> around
 * each range; it is never HTML.
 */
export interface HighlightedText {
  readonly text: string
  readonly ranges: readonly TextRange[]
  /** Text was cut before `text` begins / after it ends (show an ellipsis). */
  readonly clippedStart: boolean
  readonly clippedEnd: boolean
}

export interface SearchHit {
  readonly id: string
  /** Relevance, higher is better; only meaningful within one result list. */
  readonly score: number
  readonly date: string
  /** The whole title, matches marked. */
  readonly title: HighlightedText
  /**
   * A short passage of the body (Markdown reduced to plain text) around the best matches, or of
   * the private note when only the note matched.
   */
  readonly snippet: HighlightedText
  /** The snippet comes from the private note, which the list says so it is never mistaken. */
  readonly snippetFromPrivateNote: boolean
  /** The entry's tags that matched. */
  readonly matchedTags: readonly string[]
}

export interface SearchOptions {
  /** At most this many hits, best first. Default 50. */
  readonly limit?: number
}
