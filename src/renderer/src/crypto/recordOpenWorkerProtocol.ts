/** Messages between parallelRecordOpener and recordOpenWorker. */
import type { RowOpening, SealedRow } from './recordRowOpening'

export type RecordOpenRequest =
  /** Sent at start-up, so libsodium compiles while Argon2id runs in its own worker. */
  | { readonly type: 'warm' }
  | {
      readonly type: 'open'
      readonly requestId: number
      /** A copy, transferred; the worker zeroes it when the batch is done. */
      readonly recordsKey: Uint8Array
      readonly journalId: string
      readonly kind: string
      readonly rows: readonly SealedRow[]
    }

export type RecordOpenResponse =
  | { readonly requestId: number; readonly ok: true; readonly openings: readonly RowOpening[] }
  | { readonly requestId: number; readonly ok: false }
