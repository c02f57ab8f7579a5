import { fail, ok, type Result } from '@shared/result'
import type { OpenedRecord, RecordKind, RecordStore } from '@renderer/db/types'

/**
 * A RecordStore in memory that copies payloads through JSON, as sealing does, and checks ids
 * against the vault's rule. `failWrites` makes every write answer 'storage-full'.
 */
export class MemoryRecordStore implements RecordStore {
  readonly rows = new Map<string, { kind: RecordKind; id: string; json: string | null }>()
  failWrites = false
  writes = 0

  private static key(kind: RecordKind, id: string): string {
    return `${kind}/${id}`
  }

  private static checkId(id: string): void {
    if (!/^[A-Za-z0-9._:-]{1,128}$/.test(id)) throw new RangeError(`bad record id ${id}`)
  }

  /** A record that will not open, as after tampering. */
  putDamaged(kind: RecordKind, id: string): void {
    this.rows.set(MemoryRecordStore.key(kind, id), { kind, id, json: null })
  }

  async put(kind: RecordKind, id: string, payload: unknown): Promise<Result<void>> {
    return this.putMany([{ kind, id, payload }])
  }

  async putMany(
    records: readonly { kind: RecordKind; id: string; payload: unknown }[],
  ): Promise<Result<void>> {
    for (const record of records) MemoryRecordStore.checkId(record.id)
    await Promise.resolve()
    if (this.failWrites)
      return fail('storage-full', 'The disk is full. Free some space and try again.')
    for (const { kind, id, payload } of records) {
      this.writes++
      this.rows.set(MemoryRecordStore.key(kind, id), { kind, id, json: JSON.stringify(payload) })
    }
    return ok(undefined)
  }

  async get<T>(kind: RecordKind, id: string): Promise<OpenedRecord<T> | null> {
    const row = this.rows.get(MemoryRecordStore.key(kind, id))
    return row ? this.open<T>(row) : null
  }

  async getMany<T>(kind: RecordKind, ids: readonly string[]): Promise<readonly OpenedRecord<T>[]> {
    await Promise.resolve()
    return ids.flatMap((id) => {
      const row = this.rows.get(MemoryRecordStore.key(kind, id))
      return row ? [this.open<T>(row)] : []
    })
  }

  async list<T>(kind: RecordKind): Promise<readonly OpenedRecord<T>[]> {
    await Promise.resolve()
    return [...this.rows.values()]
      .filter((row) => row.kind === kind)
      .map((row) => this.open<T>(row))
  }

  async delete(kind: RecordKind, id: string): Promise<Result<void>> {
    MemoryRecordStore.checkId(id)
    if (this.failWrites)
      return fail('storage-full', 'The disk is full. Free some space and try again.')
    this.rows.delete(MemoryRecordStore.key(kind, id))
    return ok(undefined)
  }

  payload(kind: RecordKind, id: string): unknown {
    const json = this.rows.get(MemoryRecordStore.key(kind, id))?.json
    return json ? JSON.parse(json) : undefined
  }

  private open<T>(row: { kind: RecordKind; id: string; json: string | null }): OpenedRecord<T> {
    if (row.json === null) return { status: 'damaged', id: row.id, kind: row.kind }
    return { status: 'ok', id: row.id, kind: row.kind, payload: JSON.parse(row.json) as T }
  }
}
