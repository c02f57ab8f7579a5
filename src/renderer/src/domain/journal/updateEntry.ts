import type { Entry } from './entry'
import { isValidDateString } from './localDate'
import { normaliseTags } from './normaliseTags'

/** What the editor may change. Identity, kind, origin and createdAt never change. */
export type EntryPatch = Partial<
  Pick<Entry, 'title' | 'body' | 'date' | 'tags' | 'theme' | 'mood' | 'trust' | 'privateNote'>
>

/**
 * The entry with the patch applied and updatedAt set to `now`. Returns the same object when the
 * patch changes nothing, so autosave can skip the write with a reference check. Throws on an
 * impossible date (a caller bug: the editor validates dates first).
 */
export function updateEntry(entry: Entry, patch: EntryPatch, now: Date): Entry {
  if (patch.date !== undefined && !isValidDateString(patch.date)) {
    throw new RangeError(`updateEntry: invalid date ${patch.date}`)
  }
  const tags = patch.tags === undefined ? entry.tags : normaliseTags(patch.tags)
  const next: Entry = { ...entry, ...withoutUndefined(patch), tags }
  if (isSameContent(entry, next)) return entry
  return { ...next, updatedAt: now.toISOString() }
}

function withoutUndefined(patch: EntryPatch): EntryPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
}

function isSameContent(a: Entry, b: Entry): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.date === b.date &&
    a.theme === b.theme &&
    a.mood === b.mood &&
    a.trust === b.trust &&
    a.privateNote === b.privateNote &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  )
}
