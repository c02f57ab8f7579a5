/**
 * Seals and opens the body of a .mendbackup: the rows framed by backupBody.ts, encrypted as a
 * chunked secretstream under the journal's backups subkey (docs/FORMAT.md §20).
 * Nothing is decrypted to make a backup: record envelopes go in exactly as stored.
 */
import { backupBodyBytes, backupBodyPieces, decodeBackupBody } from './backupBody'
import type { BackupManifest, BackupRow } from './backupBody'
import { encodeBackupHeader, type ParsedBackup } from './backupFormat'
import { openChunks, sealChunks, sealedBodyBytes, type ChunkProgress } from './chunkedStream'
import type { CryptoProvider } from './cryptoProvider'
import type { KdfParams } from './kdfParams'

export interface BackupSealRequest {
  readonly journalId: string
  readonly createdAtMs: number
  /** The journal header's key material, copied as is. */
  readonly vaultHeader: {
    readonly kdf: KdfParams
    readonly salt: Uint8Array
    readonly passphraseSlot: Uint8Array
    readonly recoverySlot: Uint8Array
  }
  readonly manifest: BackupManifest
  readonly rows: readonly BackupRow[]
  /** Called as rows are sealed: rows done, rows in all. */
  readonly onProgress?: ChunkProgress
}

/** The .mendbackup file's bytes. */
export function sealBackup(
  provider: CryptoProvider,
  backupsKey: Uint8Array,
  request: BackupSealRequest,
): Uint8Array {
  const { vaultHeader, rows, manifest } = request
  const pusher = provider.secretStreamPush(backupsKey)
  const headerBytes = encodeBackupHeader({
    journalId: request.journalId,
    createdAtMs: request.createdAtMs,
    recordCount: rows.length,
    ...vaultHeader,
    streamHeader: pusher.header,
  })
  const file = new Uint8Array(headerBytes.length + sealedBodyBytes(backupBodyBytes(manifest, rows)))
  file.set(headerBytes)
  let offset = headerBytes.length
  const pieces = backupBodyPieces(manifest, rows, (done) => request.onProgress?.(done, rows.length))
  for (const chunk of sealChunks(pusher, headerBytes, pieces)) {
    file.set(chunk, offset)
    offset += chunk.length
  }
  if (offset !== file.length) throw new Error('backup size miscounted')
  return file
}

/** The manifest and rows, or null unless every chunk authenticates and the body is well formed. */
export function openBackupBody(
  provider: CryptoProvider,
  backupsKey: Uint8Array,
  parsed: ParsedBackup,
  onProgress?: ChunkProgress,
): { readonly manifest: BackupManifest; readonly rows: readonly BackupRow[] } | null {
  const puller = provider.secretStreamPull(backupsKey, parsed.header.streamHeader)
  const plaintext = openChunks(puller, parsed.headerBytes, parsed.body, onProgress)
  return plaintext ? decodeBackupBody(plaintext, parsed.header.recordCount) : null
}
