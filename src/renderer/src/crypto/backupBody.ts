/**
 * The plaintext inside a .mendbackup stream (docs/FORMAT.md §20.2): a small JSON
 * manifest, then every record row exactly as stored — kind, id, the format-version column and the
 * envelope, still sealed under the journal's records key:
 *
 *   u32 manifest length || manifest JSON
 *   recordCount × ( u8 kind length || kind || u8 id length || id || u8 formatVersion
 *                   || u32 envelope length || envelope )
 *
 * Nothing may follow the last row. Kinds and ids are ASCII, so their byte and character lengths
 * agree.
 */
import { ByteReader } from './byteReader'
import { ByteWriter } from './byteWriter'

export interface BackupRow {
  readonly kind: string
  readonly id: string
  readonly formatVersion: number
  readonly envelope: Uint8Array
}

export interface BackupManifest {
  /** The directory name of the journal, restored with it. Plain text. */
  readonly journalName: string
}

const KIND_PATTERN = /^[a-z][a-z0-9-]{0,63}$/
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/
const MAX_MANIFEST_BYTES = 64 * 1024
const encoder = new TextEncoder()
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function rowPrefix(row: BackupRow): Uint8Array {
  if (!KIND_PATTERN.test(row.kind) || !ID_PATTERN.test(row.id)) {
    throw new RangeError('a stored row has a kind or id Mend never writes')
  }
  return new ByteWriter(row.kind.length + row.id.length + 8)
    .u8(row.kind.length)
    .bytes(encoder.encode(row.kind))
    .u8(row.id.length)
    .bytes(encoder.encode(row.id))
    .u8(row.formatVersion)
    .u32(row.envelope.length)
    .toBytes()
}

function manifestBytes(manifest: BackupManifest): Uint8Array {
  const json = encoder.encode(JSON.stringify({ journalName: manifest.journalName }))
  return new ByteWriter(json.length + 4).u32(json.length).bytes(json).toBytes()
}

/** The body as pieces, so a large journal is never copied into one buffer before sealing. */
export function* backupBodyPieces(
  manifest: BackupManifest,
  rows: readonly BackupRow[],
  onRow?: (done: number) => void,
): Generator<Uint8Array, void, undefined> {
  yield manifestBytes(manifest)
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as BackupRow
    yield rowPrefix(row)
    yield row.envelope
    onRow?.(index + 1)
  }
}

/** The body's exact size, to size the file before sealing. */
export function backupBodyBytes(manifest: BackupManifest, rows: readonly BackupRow[]): number {
  let total = manifestBytes(manifest).length
  for (const row of rows) total += row.kind.length + row.id.length + 7 + row.envelope.length
  return total
}

function readManifest(reader: ByteReader): BackupManifest | null {
  const length = reader.u32()
  if (length === null || length > MAX_MANIFEST_BYTES) return null
  const bytes = reader.bytes(length)
  if (!bytes) return null
  try {
    const parsed: unknown = JSON.parse(strictUtf8.decode(bytes))
    if (typeof parsed !== 'object' || parsed === null) return null
    const { journalName } = parsed as { journalName?: unknown }
    return typeof journalName === 'string' ? { journalName } : null
  } catch {
    return null
  }
}

function readAscii(reader: ByteReader, pattern: RegExp): string | null {
  const length = reader.u8()
  const bytes = length === null ? null : reader.bytes(length)
  if (!bytes) return null
  const text = String.fromCharCode(...bytes)
  return pattern.test(text) ? text : null
}

function readRow(reader: ByteReader): BackupRow | null {
  const kind = readAscii(reader, KIND_PATTERN)
  const id = kind === null ? null : readAscii(reader, ID_PATTERN)
  const formatVersion = id === null ? null : reader.u8()
  const envelopeLength = formatVersion === null ? null : reader.u32()
  const envelope = envelopeLength === null ? null : reader.bytes(envelopeLength)
  if (kind === null || id === null || formatVersion === null || !envelope) return null
  return { kind, id, formatVersion, envelope }
}

export interface DecodedBackupBody {
  readonly manifest: BackupManifest
  readonly rows: readonly BackupRow[]
}

/**
 * Decodes the body one row per step, so a caller can pause between rows; returns the manifest
 * and exactly `recordCount` rows, or null when the plaintext is not that (a writer bug, since
 * the stream has already been authenticated). Rows are views into `plaintext`.
 */
export function* backupBodyDecodeSteps(
  plaintext: Uint8Array,
  recordCount: number,
): Generator<void, DecodedBackupBody | null, undefined> {
  const reader = new ByteReader(plaintext)
  const manifest = readManifest(reader)
  if (!manifest) return null
  const rows: BackupRow[] = []
  const seen = new Set<string>()
  for (let index = 0; index < recordCount; index += 1) {
    const row = readRow(reader)
    if (!row) return null
    // [kind, id] is the store's primary key: a repeat could only come from a broken writer.
    const key = `${row.kind}\u0000${row.id}`
    if (seen.has(key)) return null
    seen.add(key)
    rows.push(row)
    yield
  }
  return reader.remaining === 0 ? { manifest, rows } : null
}

/** backupBodyDecodeSteps in one go. */
export function decodeBackupBody(
  plaintext: Uint8Array,
  recordCount: number,
): DecodedBackupBody | null {
  const steps = backupBodyDecodeSteps(plaintext, recordCount)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
  }
}
