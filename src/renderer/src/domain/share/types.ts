import type { EntryKind, Rating } from '../journal/entry'
import type { ThemeId } from '../journal/themes'

/** What the timeline's kind filter and the export sections distinguish. */
export type ShareableKind = 'entry' | 'flow' | 'apology' | 'agreement'

interface ShareableBase {
  /** Stable id of the record it came from; an item appears at most once in an export. */
  readonly id: string
  /** Plain text, never Markdown. */
  readonly title: string
  /** "YYYY-MM-DD" in the writer's calendar. */
  readonly date: string
  /** Markdown. */
  readonly bodyMarkdown: string
  readonly theme?: ThemeId | null
  /** Plain text. */
  readonly tags?: readonly string[]
  readonly mood?: Rating | null
  readonly trust?: Rating | null
  /** Plain text, for the writer only unless the export option includes it. */
  readonly privateNote?: string
}

/** A journal entry or a completed guided flow (see shareableFromEntry). */
export interface ShareableJournalItem extends ShareableBase {
  readonly kind: 'entry' | 'flow'
  readonly entryKind: EntryKind
}

/** A letter written in the apology studio. */
export interface ShareableApologyLetter extends ShareableBase {
  readonly kind: 'apology'
}

/** An agreement the partners made; its terms are the body. */
export interface ShareableAgreement extends ShareableBase {
  readonly kind: 'agreement'
}

export type ShareableItem = ShareableJournalItem | ShareableApologyLetter | ShareableAgreement

export interface ExportOptions {
  readonly includeRatings: boolean
  readonly includeTags: boolean
  readonly includePrivateNotes: boolean
  /** Plain text shown before the first item; empty for none. */
  readonly coverNote: string
  /** How the writer wants to be named ("Sam"); empty to stay unnamed. */
  readonly authorName: string
  /** Plain text; empty for the default title. */
  readonly title: string
  /** BCP 47 tag for dates and the document language, e.g. "en-GB". */
  readonly locale: string
  /** IANA zone used to date the export itself, e.g. "Europe/London". */
  readonly timeZone: string
}

/** One item as the reader will see it, after the export options were applied. */
export interface ExportSection {
  readonly id: string
  readonly kind: ShareableKind
  /** "Journal entry", "Guided reflection", "Apology letter", "Agreement". */
  readonly kindLabel: string
  /** Plain text; "Untitled" when the writer gave none. */
  readonly title: string
  /** "YYYY-MM-DD", or "" when the item's date was not a valid day. */
  readonly date: string
  /** The date as the reader's locale writes it. */
  readonly dateLabel: string
  /** The theme's display name, or null. */
  readonly themeName: string | null
  /** Empty when tags are left out. */
  readonly tags: readonly string[]
  /** Null when ratings are left out or the writer did not rate. */
  readonly mood: Rating | null
  readonly trust: Rating | null
  /** Markdown as the writer wrote it; each renderer applies its own safety rules. */
  readonly bodyMarkdown: string
  /** Plain text; null when left out or empty. */
  readonly privateNote: string | null
}

/**
 * The neutral model every export format and the preview render from, so the preview shows
 * exactly what the reader will see. Every string is plain text except section bodies.
 */
export interface ExportDocument {
  readonly title: string
  readonly authorName: string | null
  readonly coverNote: string | null
  readonly locale: string
  /** ISO 8601 instant the export was made. */
  readonly exportedAt: string
  /** The writer's calendar day of the export, "YYYY-MM-DD". */
  readonly exportedOn: string
  /** e.g. "25 November 2026". */
  readonly exportedOnLabel: string
  readonly sections: readonly ExportSection[]
}

/** One file of a Markdown folder export. `path` is relative, with "/" separators. */
export interface ExportFile {
  readonly path: string
  readonly contents: string
}
