import { describe, expect, it } from 'vitest'
import {
  collectTags,
  emptyTimelineFilter,
  filterEntries,
  isFilterActive,
} from '@renderer/domain/timeline/filterEntries'
import { entryOn } from './fixtures'

const entries = [
  entryOn('2026-01-31', { id: 'a', theme: 'healing', tags: ['walks'], kind: 'free' }),
  entryOn('2026-02-01', { id: 'b', theme: 'patience', tags: ['walks', 'family'], kind: 'flow' }),
  entryOn('2026-02-28', { id: 'c', theme: null, tags: [], kind: 'prompt' }),
  entryOn('2026-03-01', { id: 'd', theme: 'healing', tags: ['family'], kind: 'flow' }),
]

const ids = (list: readonly { id: string }[]): string[] => list.map((e) => e.id)

describe('filterEntries', () => {
  it('keeps everything with the empty filter', () => {
    expect(isFilterActive(emptyTimelineFilter)).toBe(false)
    expect(ids(filterEntries(entries, emptyTimelineFilter))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('filters by any of the chosen themes, kinds or tags', () => {
    expect(ids(filterEntries(entries, { ...emptyTimelineFilter, themes: ['healing'] }))).toEqual([
      'a',
      'd',
    ])
    expect(
      ids(filterEntries(entries, { ...emptyTimelineFilter, kinds: ['flow', 'prompt'] })),
    ).toEqual(['b', 'c', 'd'])
    expect(ids(filterEntries(entries, { ...emptyTimelineFilter, tags: ['family'] }))).toEqual([
      'b',
      'd',
    ])
  })

  it('requires every field that is set to match', () => {
    const filter = { ...emptyTimelineFilter, themes: ['healing' as const], tags: ['walks'] }
    expect(ids(filterEntries(entries, filter))).toEqual(['a'])
  })

  it('includes both ends of a date range that spans a month end', () => {
    const filter = { ...emptyTimelineFilter, from: '2026-01-31', to: '2026-02-28' }
    expect(ids(filterEntries(entries, filter))).toEqual(['a', 'b', 'c'])
    expect(ids(filterEntries(entries, { ...emptyTimelineFilter, from: '2026-03-01' }))).toEqual([
      'd',
    ])
  })

  it('narrows to search hits when given their ids', () => {
    const filter = { ...emptyTimelineFilter, ids: new Set(['c', 'x']) }
    expect(isFilterActive(filter)).toBe(true)
    expect(ids(filterEntries(entries, filter))).toEqual(['c'])
  })
})

describe('collectTags', () => {
  it('lists tags by use, then alphabetically', () => {
    expect(collectTags([...entries, entryOn('2026-03-02', { tags: ['art'] })])).toEqual([
      { tag: 'family', count: 2 },
      { tag: 'walks', count: 2 },
      { tag: 'art', count: 1 },
    ])
  })
})
