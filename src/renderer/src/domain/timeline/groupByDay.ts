import type { DayGroup, TimelineEntry } from './types'

/** Newest day first; within a day, the most recently written first. */
export function groupByDay<E extends TimelineEntry>(entries: readonly E[]): DayGroup<E>[] {
  const sorted = [...entries].sort(newestFirst)
  const groups: { date: string; entries: E[] }[] = []
  for (const entry of sorted) {
    const current = groups[groups.length - 1]
    if (current && current.date === entry.date) current.entries.push(entry)
    else groups.push({ date: entry.date, entries: [entry] })
  }
  return groups
}

export function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}
