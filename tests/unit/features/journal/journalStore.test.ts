import { describe, expect, it } from 'vitest'
import { EntryRepository } from '@renderer/db/entryRepository'
import { NEWEST_ENTRIES_RECORD_ID } from '@renderer/db/newestEntriesHint'
import type { Entry } from '@renderer/domain/journal/entry'
import { newestFirst } from '@renderer/domain/timeline/groupByDay'
import { NEWEST_OPENED_FIRST } from '@renderer/domain/timeline/newestIds'
import { JournalStore, type JournalSnapshot } from '@renderer/features/journal/journalStore'
import { entry } from '../../domain/progress/entryFixtures'
import { MemoryRecordStore } from '../progress/memoryRecordStore'

function dayOf(index: number): string {
  const date = new Date(Date.UTC(2025, 0, 1 + index))
  return date.toISOString().slice(0, 10)
}

async function storeWith(entries: readonly Entry[]): Promise<MemoryRecordStore> {
  const records = new MemoryRecordStore()
  await new EntryRepository(records).saveMany(entries)
  return records
}

function hint(records: MemoryRecordStore): unknown {
  return (records.payload('settings', NEWEST_ENTRIES_RECORD_ID) as { ids?: unknown } | undefined)?.ids
}

async function loaded(records: MemoryRecordStore): Promise<{ store: JournalStore; seen: JournalSnapshot[] }> {
  const store = new JournalStore(new EntryRepository(records))
  const seen: JournalSnapshot[] = []
  store.subscribe(() => seen.push(store.getSnapshot()))
  await store.load()
  return { store, seen }
}

const ids = (entries: readonly Entry[]): string[] => entries.map((item) => item.id)
const many = Array.from({ length: 100 }, (_, index) => entry(dayOf(index), { id: `e${index}` }))
const newestFortyIds = ids([...many].sort(newestFirst).slice(0, NEWEST_OPENED_FIRST))

describe('the journal store', () => {
  it('remembers which entries top the timeline, so the next unlock can show them first', async () => {
    const records = await storeWith(many)
    const first = await loaded(records)
    expect(first.seen.filter((snapshot) => snapshot.status === 'loading')).toEqual([])
    await Promise.resolve()
    expect(hint(records)).toEqual(newestFortyIds)

    const second = await loaded(records)
    const early = second.seen[0]
    expect(early?.status).toBe('loading')
    expect(ids(early?.entries ?? [])).toEqual(newestFortyIds)
    expect(second.store.getSnapshot().status).toBe('ready')
    expect(second.store.getSnapshot().entries).toHaveLength(100)
  })

  it('rewrites the hint only when the top of the timeline changes', async () => {
    const records = await storeWith(many)
    const { store } = await loaded(records)
    await new Promise((resolve) => setTimeout(resolve, 0))
    const writesAfterLoad = records.writes

    const oldest = store.getSnapshot().entries.at(-1) as Entry
    await store.save({ ...oldest, title: 'Edited far down the list' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(records.writes).toBe(writesAfterLoad + 1)

    await store.save(entry('2026-06-01', { id: 'brand-new' }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(records.writes).toBe(writesAfterLoad + 3)
    expect((hint(records) as string[])[0]).toBe('brand-new')
  })

  it('shows only what still exists when the hint names a deleted entry', async () => {
    const records = await storeWith(many)
    await loaded(records)
    await Promise.resolve()
    await records.delete('entry', newestFortyIds[0] as string)
    const { seen, store } = await loaded(records)
    expect(ids(seen[0]?.entries ?? [])).toEqual(newestFortyIds.slice(1))
    expect(store.getSnapshot().entries).toHaveLength(99)
  })

  it('keeps entries newest first through saves, moved dates and deletes', async () => {
    const { store } = await loaded(await storeWith(many.slice(0, 10)))
    const [top, second] = store.getSnapshot().entries as [Entry, Entry]
    await store.save({ ...top, date: '2024-01-01' })
    await store.save(entry('2025-01-05', { id: 'late' }))
    await store.remove(second.id)
    const entries = store.getSnapshot().entries
    expect(ids(entries)).toEqual(ids([...entries].sort(newestFirst)))
    expect(ids(entries)).toHaveLength(10)
    expect(entries.at(-1)?.id).toBe(top.id)
    expect(store.getSnapshot().byId.get('late')).toBeDefined()
  })
})
