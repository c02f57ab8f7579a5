import { describe, expect, it } from 'vitest'
import type { JournalDatabase, RecordRow } from '@renderer/db/journalDatabase'
import { PrefetchedRows } from '@renderer/db/prefetchedRows'

function row(kind: string, id: string): RecordRow {
  return { kind, id, formatVersion: 1, envelope: new Uint8Array([1]) }
}

function prefetched(rows: RecordRow[]): PrefetchedRows {
  return PrefetchedRows.start({ records: { toArray: async () => rows } } as unknown as JournalDatabase)
}

const ids = (rows: readonly RecordRow[] | null) => rows?.map((found) => found.id) ?? null

describe('rows read early during unlock', () => {
  it('forget only the kind that was written to', async () => {
    const early = prefetched([row('entry', 'e1'), row('settings', 's1')])
    early.forget('settings')
    expect(await early.take('settings')).toBeNull()
    expect(ids(await early.take('entry'))).toEqual(['e1'])
  })

  it('let a few rows be peeked at in the order asked, until the kind is taken', async () => {
    const early = prefetched([row('entry', 'e1'), row('entry', 'e2'), row('entry', 'e3')])
    expect(ids(await early.peek('entry', ['e3', 'missing', 'e1']))).toEqual(['e3', 'e1'])
    expect(ids(await early.take('entry'))).toEqual(['e1', 'e2', 'e3'])
    expect(await early.peek('entry', ['e1'])).toBeNull()
  })

  it('answer "read them yourself" when the early read failed', async () => {
    const failed = PrefetchedRows.start({
      records: { toArray: () => Promise.reject(new Error('disk')) },
    } as unknown as JournalDatabase)
    expect(await failed.peek('entry', ['e1'])).toBeNull()
    expect(await failed.take('entry')).toBeNull()
  })
})
