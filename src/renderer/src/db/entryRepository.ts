import type { Result } from '@shared/result'
import type { TimeSlicer } from '../crypto/timeSlicer'
import type { Entry } from '../domain/journal/entry'
import { parseEntryPayload } from '../domain/journal/entryPayload'
import { readNewestEntryIds, writeNewestEntryIds } from './newestEntriesHint'
import type { OpenedRecord, RecordKind, RecordStore } from './types'

/** What loading the journal found: readable entries, and the ids of any that could not be opened. */
export interface LoadedEntries {
  readonly entries: readonly Entry[]
  readonly damagedIds: readonly string[]
}

/** Entries as encrypted 'entry' records: the whole Entry, minus its id, is the sealed payload. */
export class EntryRepository {
  constructor(private readonly records: RecordStore) {}

  /** Every entry; with a slicer, opened in slices so the page stays responsive meanwhile. */
  async loadAll(slicer?: TimeSlicer): Promise<LoadedEntries> {
    return readable(await this.records.list<unknown>('entry', slicer))
  }

  /**
   * The entries last at the top of the timeline, opened before the rest (newestEntriesHint.ts),
   * with the ids asked for: empty when there is no hint yet. Damaged ones are left to loadAll.
   */
  async loadNewest(): Promise<{ readonly ids: readonly string[]; readonly entries: readonly Entry[] }> {
    const ids = await readNewestEntryIds(this.records)
    if (ids.length === 0) return { ids, entries: [] }
    return { ids, entries: readable(await this.records.getMany<unknown>('entry', ids)).entries }
  }

  /** Best effort: a hint that fails to save costs one slower unlock, nothing else. */
  async saveNewestIds(ids: readonly string[]): Promise<void> {
    await writeNewestEntryIds(this.records, ids).catch(() => undefined)
  }

  save(entry: Entry): Promise<Result<void>> {
    const { id, ...payload } = entry
    return this.records.put('entry', id, payload)
  }

  /** All or nothing, in one transaction; `alongside` records are written in the same one. */
  saveMany(
    entries: readonly Entry[],
    alongside: readonly { kind: RecordKind; id: string; payload: unknown }[] = [],
  ): Promise<Result<void>> {
    return this.records.putMany([
      ...entries.map(({ id, ...payload }) => ({ kind: 'entry' as const, id, payload })),
      ...alongside,
    ])
  }

  delete(id: string): Promise<Result<void>> {
    return this.records.delete('entry', id)
  }
}

function readable(opened: readonly OpenedRecord<unknown>[]): LoadedEntries {
  const entries: Entry[] = []
  const damagedIds: string[] = []
  for (const record of opened) {
    if (record.status === 'damaged') {
      damagedIds.push(record.id)
      continue
    }
    const parsed = parseEntryPayload(record.id, record.payload)
    if (parsed.ok) entries.push(parsed.value)
    else damagedIds.push(record.id)
  }
  return { entries, damagedIds }
}
