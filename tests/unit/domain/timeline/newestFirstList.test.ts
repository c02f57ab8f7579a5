import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newestFirst } from '@renderer/domain/timeline/groupByDay'
import { withEntry, withoutEntry } from '@renderer/domain/timeline/newestFirstList'
import type { TimelineEntry } from '@renderer/domain/timeline/types'

function entry(id: string, date: string, createdAt = `${date}T09:00:00.000Z`): TimelineEntry {
  return { id, date, createdAt, kind: 'free', theme: null, tags: [] }
}

const ids = (list: readonly TimelineEntry[]): string[] => list.map((item) => item.id)

describe('keeping entries newest first without re-sorting', () => {
  it('puts a new entry where a full sort would', () => {
    const sorted = [entry('c', '2026-03-03'), entry('b', '2026-03-02'), entry('a', '2026-03-01')]
    expect(ids(withEntry(sorted, undefined, entry('x', '2026-03-02', '2026-03-02T23:00:00.000Z')))).toEqual([
      'c',
      'x',
      'b',
      'a',
    ])
  })

  it('moves an entry whose date was changed, and leaves the list it was given untouched', () => {
    const old = entry('b', '2026-03-02')
    const sorted = [entry('c', '2026-03-03'), old, entry('a', '2026-03-01')]
    const moved = withEntry(sorted, old, { ...old, date: '2026-02-01' })
    expect(ids(moved)).toEqual(['c', 'a', 'b'])
    expect(ids(sorted)).toEqual(['c', 'b', 'a'])
  })

  it('removes an entry, and copies the list unchanged when the entry is not there', () => {
    const sorted = [entry('c', '2026-03-03'), entry('b', '2026-03-02')]
    expect(ids(withoutEntry(sorted, entry('c', '2026-03-03')))).toEqual(['b'])
    expect(ids(withoutEntry(sorted, entry('z', '2026-03-03')))).toEqual(['c', 'b'])
  })

  it('agrees with a full sort after any sequence of saves and deletes', () => {
    const day = fc.integer({ min: 1, max: 4 }).map((d) => `2026-01-0${d}`)
    const step = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), date: day, remove: fc.boolean() })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let sorted: TimelineEntry[] = []
        const byId = new Map<string, TimelineEntry>()
        for (const { id, date, remove } of steps) {
          const previous = byId.get(id)
          if (remove) {
            if (previous) sorted = withoutEntry(sorted, previous)
            byId.delete(id)
          } else {
            // Same createdAt for all, so ties fall through to the id, the hardest case.
            const next = entry(id, date, '2026-01-01T00:00:00.000Z')
            sorted = withEntry(sorted, previous, next)
            byId.set(id, next)
          }
        }
        expect(ids(sorted)).toEqual(ids([...byId.values()].sort(newestFirst)))
      }),
      { numRuns: 300 },
    )
  })
})
