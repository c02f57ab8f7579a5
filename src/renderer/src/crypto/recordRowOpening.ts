/**
 * Opening a batch of stored record rows, shared by the page and the record-opening worker so both
 * apply exactly the same checks. A row that fails any of them is reported, never skipped.
 */
import type { CryptoProvider } from './cryptoProvider'
import { openRecord } from './recordCodec'

/** A row as IndexedDB hands it back: only the columns FORMAT.md lists, plus the envelope. */
export interface SealedRow {
  readonly kind: string
  readonly id: string
  readonly formatVersion: number
  readonly envelope: Uint8Array
}

export type RowOpening =
  | { readonly ok: true; readonly id: string; readonly payload: unknown }
  | { readonly ok: false; readonly id: string }

export function openRecordRow(
  provider: CryptoProvider,
  recordsKey: Uint8Array,
  journalId: string,
  kind: string,
  row: SealedRow,
): RowOpening {
  const { id, envelope } = row
  // The column is only an index; the authenticated version is the envelope's own first byte.
  if (row.kind !== kind || !(envelope instanceof Uint8Array) || row.formatVersion !== envelope[0]) {
    return { ok: false, id }
  }
  try {
    const payload = openRecord(provider, recordsKey, { journalId, kind, recordId: id }, envelope)
    return { ok: true, id, payload }
  } catch {
    return { ok: false, id }
  }
}

export function openRecordRows(
  provider: CryptoProvider,
  recordsKey: Uint8Array,
  journalId: string,
  kind: string,
  rows: readonly SealedRow[],
): RowOpening[] {
  return rows.map((row) => openRecordRow(provider, recordsKey, journalId, kind, row))
}
