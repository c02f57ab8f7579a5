import type { ThemeId } from '../journal/themes'
import type { ShareableItem, ShareableKind } from './types'

/**
 * Which items to share. Every criterion given must hold; within a list any value may match.
 * An absent or empty list does not filter.
 */
export interface ExportFilter {
  readonly kinds?: readonly ShareableKind[]
  readonly themes?: readonly ThemeId[]
  /** Matched without regard to case or surrounding spaces. */
  readonly tags?: readonly string[]
  /** Inclusive "YYYY-MM-DD" bounds. */
  readonly from?: string
  readonly to?: string
}

const tagKey = (tag: string): string => tag.trim().toLocaleLowerCase()

/** The items that match the filter, in the order given. */
export function selectForExport<T extends ShareableItem>(
  items: readonly T[],
  filter: ExportFilter,
): readonly T[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null
  const themes = filter.themes?.length ? new Set(filter.themes) : null
  const tags = filter.tags?.length ? new Set(filter.tags.map(tagKey)) : null
  return items.filter((item) => {
    if (kinds && !kinds.has(item.kind)) return false
    if (themes && (item.theme == null || !themes.has(item.theme))) return false
    if (tags && !(item.tags ?? []).some((tag) => tags.has(tagKey(tag)))) return false
    // "YYYY-MM-DD" strings order the same way as the days they name.
    if (filter.from && item.date < filter.from) return false
    if (filter.to && item.date > filter.to) return false
    return true
  })
}
