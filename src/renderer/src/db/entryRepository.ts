import type { Result } from '@shared/result'
import type { Entry } from '../domain/journal/entry'
import { parseEntryPayload } from '../domain/journal/entryPayload'
import type { RecordKind, RecordStore } from './types'

/** What loading the journal found: readable entries, and the ids of any that could not be opened. */
export interface LoadedEntries {
  readonly entries: readonly Entry[]
  readonly damagedIds: readonly string[]
}

/** Entries as encrypted 'entry' records: the whole Entry, minus its id, is the sealed payload. */
export class EntryRepository {
  constructor(private readonly records: RecordStore) {}

  async loadAll(): Promise<LoadedEntries> {
    const opened = await this.records.list<unknown>('entry')
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
