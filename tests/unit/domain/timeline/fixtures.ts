import type { TimelineEntry } from '@renderer/domain/timeline/types'

/** A timeline entry with just what a test cares about. */
export function entryOn(date: string, fields: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: fields.id ?? `e-${date}`,
    date,
    createdAt: `${date}T12:00:00.000Z`,
    kind: 'free',
    theme: null,
    tags: [],
    ...fields,
  }
}
