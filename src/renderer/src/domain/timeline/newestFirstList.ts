import { newestFirst } from './groupByDay'
import type { TimelineEntry } from './types'

/**
 * Keeping the journal's newest-first order by hand. Re-sorting 10,000 entries after every
 * autosave costs several milliseconds; one binary search and one splice cost microseconds.
 * Each function returns a new array and leaves its input alone, so a published snapshot never
 * changes under the UI.
 */

/** Where `entry` belongs in `sorted` (the first index whose entry sorts after it). */
function insertionIndex<E extends TimelineEntry>(sorted: readonly E[], entry: TimelineEntry): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (newestFirst(sorted[middle] as E, entry) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** The position of the entry with `previous`'s id, found by its sort key, or -1. */
function indexOf<E extends TimelineEntry>(sorted: readonly E[], previous: E): number {
  const after = insertionIndex(sorted, previous)
  for (let index = after - 1; index >= 0; index--) {
    const candidate = sorted[index] as E
    if (candidate.id === previous.id) return index
    if (newestFirst(candidate, previous) !== 0) break
  }
  // The key the caller remembered may not match what is in the list (a caller bug); a linear
  // search keeps the list right rather than leaving a duplicate behind.
  return sorted.findIndex((candidate) => candidate.id === previous.id)
}

/** `sorted` with `previous` (the entry as it was, if it was there) replaced by `next`. */
export function withEntry<E extends TimelineEntry>(
  sorted: readonly E[],
  previous: E | undefined,
  next: E,
): E[] {
  const result = previous ? withoutEntry(sorted, previous) : [...sorted]
  result.splice(insertionIndex(result, next), 0, next)
  return result
}

/** `sorted` without `previous`; unchanged (but copied) when it is not there. */
export function withoutEntry<E extends TimelineEntry>(sorted: readonly E[], previous: E): E[] {
  const result = [...sorted]
  const index = indexOf(result, previous)
  if (index >= 0) result.splice(index, 1)
  return result
}
