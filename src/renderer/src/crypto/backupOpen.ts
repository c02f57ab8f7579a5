/**
 * Opens a parsed backup with its journal's vault key: the stream under the backups subkey, then
 * every record envelope under the records subkey with the backup journal's associated data.
 * Nothing is written by this code; restore and merge decide what to do with the result.
 */
import type { BackupManifest, BackupRow, DecodedBackupBody } from './backupBody'
import { openBackupBody } from './backupFile'
import type { ParsedBackup } from './backupFormat'
import { sealedChunkCount } from './chunkedStream'
import type { CryptoProvider } from './cryptoProvider'
import { openRecord } from './recordCodec'
import { deriveSubkey } from './subkeys'
import { timeSlicer, type TimeSlicer } from './timeSlicer'

export interface OpenedBackupRecord {
  readonly row: BackupRow
  /** The decrypted payload; absent when the record was already damaged when backed up. */
  readonly payload?: unknown
  readonly damaged: boolean
}

export interface OpenedBackup {
  readonly manifest: BackupManifest
  readonly records: readonly OpenedBackupRecord[]
}

export interface BackupOpenOptions {
  /** Units done (64 KiB chunks, then records) and how many in all. */
  readonly onProgress?: (done: number, total: number) => void
  /** Pauses between chunks and records so a large backup does not freeze the page. */
  readonly slicer?: TimeSlicer
}

/** About a hundred progress reports for 10,000 records; reports cost a React render each. */
const RECORDS_PER_REPORT = 100

function openRow(
  provider: CryptoProvider,
  recordsKey: Uint8Array,
  journalId: string,
  row: BackupRow,
): OpenedBackupRecord {
  if (row.formatVersion !== row.envelope[0]) return { row, damaged: true }
  try {
    const address = { journalId, kind: row.kind, recordId: row.id }
    return { row, payload: openRecord(provider, recordsKey, address, row.envelope), damaged: false }
  } catch {
    return { row, damaged: true }
  }
}

/**
 * Null when the file is damaged (any chunk, the final tag, the body's framing). A record whose
 * own envelope fails is reported as damaged rather than failing the whole backup: the stream
 * proved the file is exactly what was written, so that record was already damaged in the journal.
 */
export async function openBackup(
  provider: CryptoProvider,
  parsed: ParsedBackup,
  vaultKey: Uint8Array,
  options: BackupOpenOptions = {},
): Promise<OpenedBackup | null> {
  const { header } = parsed
  const { onProgress } = options
  const slicer = options.slicer ?? timeSlicer()
  const chunks = sealedChunkCount(parsed.body.length)
  const total = chunks + header.recordCount
  const backupsKey = deriveSubkey(provider, vaultKey, 'backups')
  let body: DecodedBackupBody | null
  try {
    body = await openBackupBody(provider, backupsKey, parsed, {
      slicer,
      onProgress: (done) => onProgress?.(done, total),
    })
  } finally {
    provider.memzero(backupsKey)
  }
  if (!body) return null
  const recordsKey = deriveSubkey(provider, vaultKey, 'records')
  try {
    const records: OpenedBackupRecord[] = []
    for (const row of body.rows) {
      records.push(openRow(provider, recordsKey, header.journalId, row))
      const done = records.length
      if (done % RECORDS_PER_REPORT === 0 || done === body.rows.length) {
        onProgress?.(chunks + done, total)
      }
      await slicer.checkpoint()
    }
    return { manifest: body.manifest, records }
  } finally {
    provider.memzero(recordsKey)
  }
}
