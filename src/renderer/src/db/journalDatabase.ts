import Dexie, { type Table } from 'dexie'
import { dexieOptions, type IndexedDbSource } from './indexedDbSource'

/** The vault header as stored (docs/FORMAT.md, "Header row"); validated by parseHeaderRow. */
export interface HeaderRow {
  readonly id: 'vault'
  readonly formatVersion: number
  readonly journalId: string
  readonly kdf: {
    readonly algorithm: string
    readonly opsLimit: number
    readonly memLimitBytes: number
    readonly salt: Uint8Array
  }
  readonly passphraseSlot: Uint8Array
  readonly recoverySlot: Uint8Array
}

/** One encrypted record. Only `kind`, `id` and `formatVersion` are readable without the key. */
export interface RecordRow {
  readonly kind: string
  readonly id: string
  /** Copy of envelope[0], indexed so a future format can find old records without decrypting. */
  readonly formatVersion: number
  readonly envelope: Uint8Array
}

export const JOURNAL_SCHEMA_VERSION = 2

export function journalDatabaseName(journalId: string): string {
  return `mend-journal-${journalId}`
}

/**
 * Every schema version Mend has shipped, oldest first; Dexie replays the upgrades a database
 * has not yet seen. Never edit a past version: add a new one.
 */
const schemaHistory: readonly ((db: Dexie) => void)[] = [
  // v1: header and records, records keyed by [kind+id] and indexed by kind for list(kind).
  (db) => db.version(1).stores({ header: 'id', records: '[kind+id], kind' }),
  // v2: records gain a plaintext formatVersion column, copied from each envelope's first byte.
  (db) =>
    db
      .version(2)
      .stores({ records: '[kind+id], kind, formatVersion' })
      .upgrade((transaction) =>
        transaction
          .table('records')
          .toCollection()
          .modify((row: { envelope?: unknown; formatVersion?: number }) => {
            const envelope = row.envelope
            // A row without bytes gets 0, a version no reader accepts: it will show as damaged.
            row.formatVersion = envelope instanceof Uint8Array ? (envelope[0] ?? 0) : 0
          }),
      ),
]

export class JournalDatabase extends Dexie {
  declare header: Table<HeaderRow, string>
  declare records: Table<RecordRow, [string, string]>

  /** `schemaVersion` below the current one is for migration tests: "an older Mend". */
  constructor(journalId: string, source: IndexedDbSource, schemaVersion = JOURNAL_SCHEMA_VERSION) {
    super(journalDatabaseName(journalId), dexieOptions(source))
    for (const declareVersion of schemaHistory.slice(0, schemaVersion)) declareVersion(this)
  }
}
