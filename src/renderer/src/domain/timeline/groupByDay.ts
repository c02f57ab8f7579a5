import type { DayGroup, TimelineEntry } from './types'

/** Newest day first; within a day, the most recently written first. */
export function groupByDay<E extends TimelineEntry>(entries: readonly E[]): DayGroup<E>[] {
  // The journal keeps its entries in this order already; checking is linear, sorting is not.
  const sorted = isNewestFirst(entries) ? entries : [...entries].sort(newestFirst)
  const groups: { date: string; entries: E[] }[] = []
  for (const entry of sorted) {
    const current = groups[groups.length - 1]
    if (current && current.date === entry.date) current.entries.push(entry)
    else groups.push({ date: entry.date, entries: [entry] })
  }
  return groups
}

function isNewestFirst(entries: readonly TimelineEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if (newestFirst(entries[i - 1] as TimelineEntry, entries[i] as TimelineEntry) > 0) return false
  }
  return true
}

export function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}
