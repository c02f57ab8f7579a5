/**
 * RecordStore over one journal database. Every payload is sealed into an envelope before it
 * reaches Dexie; every read opens envelopes after a single query, a large batch split between
 * the page and a helper worker. A record that fails to open is reported as damaged, never skipped
 * and never allowed to hide the others.
 */
import type { Result } from '@shared/result'
import { ok } from '@shared/result'
import type { CryptoProvider } from '../crypto/cryptoProvider'
import type { ParallelRecordOpener } from '../crypto/parallelRecordOpener'
import { sealRecord } from '../crypto/recordCodec'
import { openRecordRows, type RowOpening } from '../crypto/recordRowOpening'
import type { VaultKeyring } from '../crypto/vaultKeyring'
import { ENVELOPE_VERSION } from '../crypto/envelope'
import type { JournalDatabase, RecordRow } from './journalDatabase'
import type { PrefetchedRows } from './prefetchedRows'
import { assertRecordId } from './recordIds'
import { isQuotaExceeded } from './storageErrors'
import type { OpenedRecord, RecordKind, RecordStore } from './types'
import { vaultErrors } from './vaultErrors'

/** What unlock hands the store to make its first reads fast; both are optional. */
export interface UnlockAids {
  readonly prefetched: PrefetchedRows | null
  readonly opener: ParallelRecordOpener | null
}

/**
 * Below this, posting to the worker and cloning the answers back costs about what it saves.
 * Also the share of rows the worker takes: it opens slightly less than half, since the page
 * must still read its answers back.
 */
const PARALLEL_MIN_ROWS = 200
const WORKER_SHARE = 0.45

export class EncryptedRecordStore implements RecordStore {
  readonly #db: JournalDatabase
  readonly #provider: CryptoProvider
  readonly #keyring: VaultKeyring
  readonly #journalId: string
  #prefetched: PrefetchedRows | null
  #opener: ParallelRecordOpener | null

  constructor(
    db: JournalDatabase,
    provider: CryptoProvider,
    keyring: VaultKeyring,
    journalId: string,
    aids: UnlockAids = { prefetched: null, opener: null },
  ) {
    this.#db = db
    this.#provider = provider
    this.#keyring = keyring
    this.#journalId = journalId
    this.#prefetched = aids.prefetched
    this.#opener = aids.opener
  }

  /** Drops the early-read rows and stops the helper worker (on close; also harmless twice). */
  releaseUnlockAids(): void {
    this.#prefetched = null
    this.#opener?.dispose()
    this.#opener = null
  }

  async put(kind: RecordKind, id: string, payload: unknown): Promise<Result<void>> {
    return this.putMany([{ kind, id, payload }])
  }

  async putMany(
    records: readonly { kind: RecordKind; id: string; payload: unknown }[],
  ): Promise<Result<void>> {
    if (!this.#keyring.isOpen) return vaultErrors.locked()
    const rows = records.map(({ kind, id, payload }) => this.#seal(kind, id, payload))
    this.#prefetched = null
    try {
      await this.#db.transaction('rw', this.#db.records, () => this.#db.records.bulkPut(rows))
      return ok(undefined)
    } catch (error) {
      return isQuotaExceeded(error) ? vaultErrors.storageFull() : vaultErrors.saveFailed()
    }
  }

  async get<T>(kind: RecordKind, id: string): Promise<OpenedRecord<T> | null> {
    assertRecordId(id)
    this.#keyring.recordsKey()
    const row = await this.#db.records.get([kind, id])
    if (!row) return null
    const [opening] = openRecordRows(this.#provider, this.#keyring.recordsKey(), this.#journalId, kind, [row])
    return opening ? toOpenedRecord<T>(opening, kind) : null
  }

  async list<T>(kind: RecordKind): Promise<readonly OpenedRecord<T>[]> {
    this.#keyring.recordsKey()
    const rows =
      (await this.#prefetched?.take(kind)) ??
      (await this.#db.records.where('kind').equals(kind).toArray())
    const openings = await this.#openRows(kind, rows)
    return openings.map((opening) => toOpenedRecord<T>(opening, kind))
  }

  async #openRows(kind: RecordKind, rows: readonly RecordRow[]): Promise<RowOpening[]> {
    const recordsKey = this.#keyring.recordsKey()
    const opener = this.#opener
    if (!opener || rows.length < PARALLEL_MIN_ROWS) {
      return openRecordRows(this.#provider, recordsKey, this.#journalId, kind, rows)
    }
    const split = Math.ceil(rows.length * (1 - WORKER_SHARE))
    const theirRows = rows.slice(split)
    // Posted first, so the worker opens its part while the page opens the rest.
    const theirs = opener.open(recordsKey, this.#journalId, kind, theirRows)
    const mine = openRecordRows(this.#provider, recordsKey, this.#journalId, kind, rows.slice(0, split))
    const answered = await theirs
    // Locked meanwhile: throw as any read after a lock does, rather than hand back content.
    const keyNow = this.#keyring.recordsKey()
    if (answered && answersRows(answered, theirRows)) return mine.concat(answered)
    return mine.concat(openRecordRows(this.#provider, keyNow, this.#journalId, kind, theirRows))
  }

  async delete(kind: RecordKind, id: string): Promise<Result<void>> {
    assertRecordId(id)
    if (!this.#keyring.isOpen) return vaultErrors.locked()
    this.#prefetched = null
    try {
      await this.#db.transaction('rw', this.#db.records, () => this.#db.records.delete([kind, id]))
      return ok(undefined)
    } catch (error) {
      return isQuotaExceeded(error) ? vaultErrors.storageFull() : vaultErrors.saveFailed()
    }
  }

  #seal(kind: RecordKind, id: string, payload: unknown): RecordRow {
    assertRecordId(id)
    const address = { journalId: this.#journalId, kind, recordId: id }
    const envelope = sealRecord(this.#provider, this.#keyring.recordsKey(), address, payload)
    return { kind, id, formatVersion: ENVELOPE_VERSION, envelope }
  }
}

function toOpenedRecord<T>(opening: RowOpening, kind: RecordKind): OpenedRecord<T> {
  return opening.ok
    ? { status: 'ok', id: opening.id, kind, payload: opening.payload as T }
    : { status: 'damaged', id: opening.id, kind }
}

/** The worker's answer covers exactly the rows it was given, in order; anything else is redone. */
function answersRows(openings: readonly RowOpening[], rows: readonly RecordRow[]): boolean {
  return openings.length === rows.length && openings.every((opening, i) => opening.id === rows[i]?.id)
}
