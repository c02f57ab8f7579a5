/**
 * Opens a parsed backup with its journal's vault key: the stream under the backups subkey, then
 * every record envelope under the records subkey with the backup journal's associated data.
 * Nothing is written by this code; restore and merge decide what to do with the result.
 */
import type { BackupManifest, BackupRow } from './backupBody'
import { openBackupBody } from './backupFile'
import type { ParsedBackup } from './backupFormat'
import { sealedChunkCount } from './chunkedStream'
import type { CryptoProvider } from './cryptoProvider'
import { openRecord } from './recordCodec'
import { deriveSubkey } from './subkeys'

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
export function openBackup(
  provider: CryptoProvider,
  parsed: ParsedBackup,
  vaultKey: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): OpenedBackup | null {
  const { header } = parsed
  const chunks = sealedChunkCount(parsed.body.length)
  const total = chunks + header.recordCount
  const backupsKey = deriveSubkey(provider, vaultKey, 'backups')
  let body: ReturnType<typeof openBackupBody>
  try {
    body = openBackupBody(provider, backupsKey, parsed, (done) => onProgress?.(done, total))
  } finally {
    provider.memzero(backupsKey)
  }
  if (!body) return null
  const recordsKey = deriveSubkey(provider, vaultKey, 'records')
  try {
    const records = body.rows.map((row, index) => {
      const opened = openRow(provider, recordsKey, header.journalId, row)
      if ((index + 1) % 500 === 0 || index + 1 === body.rows.length) {
        onProgress?.(chunks + index + 1, total)
      }
      return opened
    })
    return { manifest: body.manifest, records }
  } finally {
    provider.memzero(recordsKey)
  }
}
