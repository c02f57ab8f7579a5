/**
 * Seals and opens the body of a .mendbackup: the rows framed by backupBody.ts, encrypted as a
 * chunked secretstream under the journal's backups subkey (docs/FORMAT.md §20).
 * Nothing is decrypted to make a backup: record envelopes go in exactly as stored.
 */
import { backupBodyBytes, backupBodyDecodeSteps, backupBodyPieces } from './backupBody'
import type { BackupManifest, BackupRow, DecodedBackupBody } from './backupBody'
import { encodeBackupHeader, type ParsedBackup } from './backupFormat'
import {
  openChunksInSlices,
  sealChunks,
  sealedBodyBytes,
  type ChunkProgress,
} from './chunkedStream'
import type { CryptoProvider } from './cryptoProvider'
import type { KdfParams } from './kdfParams'
import { timeSlicer, type TimeSlicer } from './timeSlicer'

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
  /** Pauses between chunks so a large journal does not freeze the page; one frame by default. */
  readonly slicer?: TimeSlicer
}

/** The .mendbackup file's bytes. The same bytes however often sealing pauses. */
export async function sealBackup(
  provider: CryptoProvider,
  backupsKey: Uint8Array,
  request: BackupSealRequest,
): Promise<Uint8Array> {
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
  const slicer = request.slicer ?? timeSlicer()
  // The generator seals lazily, so pausing between chunks pauses the work itself; leaving the
  // loop early (a checkpoint that rejects) zeroes its plaintext buffer.
  for (const chunk of sealChunks(pusher, headerBytes, pieces)) {
    file.set(chunk, offset)
    offset += chunk.length
    await slicer.checkpoint()
  }
  if (offset !== file.length) throw new Error('backup size miscounted')
  return file
}

/** The manifest and rows, or null unless every chunk authenticates and the body is well formed. */
export async function openBackupBody(
  provider: CryptoProvider,
  backupsKey: Uint8Array,
  parsed: ParsedBackup,
  options: { readonly slicer?: TimeSlicer; readonly onProgress?: ChunkProgress } = {},
): Promise<DecodedBackupBody | null> {
  const puller = provider.secretStreamPull(backupsKey, parsed.header.streamHeader)
  const { headerBytes, body } = parsed
  const slicer = options.slicer ?? timeSlicer()
  const plaintext = await openChunksInSlices(puller, headerBytes, body, slicer, options.onProgress)
  if (!plaintext) return null
  const steps = backupBodyDecodeSteps(plaintext, parsed.header.recordCount)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    await slicer.checkpoint()
  }
}
