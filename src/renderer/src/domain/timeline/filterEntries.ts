import type { TimelineEntry, TimelineFilter } from './types'

export const emptyTimelineFilter: TimelineFilter = {
  themes: [],
  tags: [],
  kinds: [],
  from: null,
  to: null,
  ids: null,
}

/** Whether the filter narrows anything, e.g. to show a "clear filters" button. */
export function isFilterActive(filter: TimelineFilter): boolean {
  return (
    filter.themes.length > 0 ||
    filter.tags.length > 0 ||
    filter.kinds.length > 0 ||
    filter.from !== null ||
    filter.to !== null ||
    filter.ids !== null
  )
}

export function filterEntries<E extends TimelineEntry>(
  entries: readonly E[],
  filter: TimelineFilter,
): E[] {
  if (!isFilterActive(filter)) return [...entries]
  const tags = new Set(filter.tags)
  return entries.filter(
    (entry) =>
      (filter.themes.length === 0 ||
        (entry.theme !== null && filter.themes.includes(entry.theme))) &&
      (filter.kinds.length === 0 || filter.kinds.includes(entry.kind)) &&
      (tags.size === 0 || entry.tags.some((tag) => tags.has(tag))) &&
      (filter.from === null || entry.date >= filter.from) &&
      (filter.to === null || entry.date <= filter.to) &&
      (filter.ids === null || filter.ids.has(entry.id)),
  )
}

export interface TagCount {
  readonly tag: string
  readonly count: number
}

/** Every tag in use with how often, most used first then alphabetical: the tag filter's options. */
export function collectTags(entries: readonly TimelineEntry[]): TagCount[] {
  const counts = new Map<string, number>()
  for (const entry of entries) {
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
