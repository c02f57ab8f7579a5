import type { ThemeId } from './themes'

/** 1 (very low) to 5 (very good); null when the person chose not to say. */
export type Rating = 1 | 2 | 3 | 4 | 5

/** How an entry came to be; used by the timeline's kind filter and by exports. */
export type EntryKind = 'free' | 'prompt' | 'flow' | 'apology' | 'reflection'

/** Answers of a guided flow, by step id. Ratings are numbers, everything else text. */
export type FlowAnswers = Readonly<Record<string, string | number | null>>

/** One journal entry, exactly as it is encrypted into its record (kind 'entry'). */
export interface Entry {
  readonly id: string
  readonly kind: EntryKind
  readonly title: string
  /** Markdown. */
  readonly body: string
  /** The day the entry is about, "YYYY-MM-DD" in the writer's local calendar (editable). */
  readonly date: string
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly tags: readonly string[]
  readonly theme: ThemeId | null
  readonly mood: Rating | null
  /** "How much trust I feel today". */
  readonly trust: Rating | null
  /** The prompt the entry was started from, if any. */
  readonly promptId: string | null
  /** Set when the entry is a completed guided flow. */
  readonly flow: { readonly flowId: string; readonly answers: FlowAnswers } | null
  /** Notes for the writer only; exports can leave them out. */
  readonly privateNote: string
}
