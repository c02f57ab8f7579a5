import type { Entry, EntryKind } from '../journal/entry'
import type { ThemeId } from '../journal/themes'

/** What the timeline needs of an entry; a full Entry fits, and comes back out unchanged. */
export type TimelineEntry = Pick<Entry, 'id' | 'date' | 'createdAt' | 'kind' | 'theme' | 'tags'>

/** The entries of one day, newest first. */
export interface DayGroup<E extends TimelineEntry = TimelineEntry> {
  readonly date: string
  readonly entries: readonly E[]
}

/**
 * Narrowing by what entries are, never by their words (words go through search; pass its hits
 * as `ids`). Within a field any value may match; across fields all must. Empty means no limit.
 */
export interface TimelineFilter {
  readonly themes: readonly ThemeId[]
  readonly tags: readonly string[]
  readonly kinds: readonly EntryKind[]
  /** Inclusive "YYYY-MM-DD" bounds, or null for open-ended. */
  readonly from: string | null
  readonly to: string | null
  /** Only these entries, e.g. the ids of search hits; null for all. */
  readonly ids: ReadonlySet<string> | null
}

/** Relative day names the UI may show instead of the date. */
export type RelativeDay = 'today' | 'yesterday' | null

/** One row of the virtualised timeline list. `key` is stable for React and the virtualiser. */
export type TimelineRow<E extends TimelineEntry = TimelineEntry> =
  | {
      readonly type: 'day'
      readonly key: string
      readonly date: string
      readonly relative: RelativeDay
      readonly entryCount: number
    }
  | {
      readonly type: 'entry'
      readonly key: string
      readonly date: string
      readonly entry: E
      /** The last entry before the next day header (for spacing or a divider). */
      readonly lastOfDay: boolean
    }
