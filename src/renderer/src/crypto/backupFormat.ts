/**
 * The header of a .mendbackup file (docs/FORMAT.md §20.1): what is needed before any
 * key exists — journal id, time, record count, and the journal's own key slots, so the backup
 * opens with the journal's passphrase or recovery words on a computer that has never seen it.
 * The whole header is the first chunk's associated data, so none of it can change unnoticed.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from './backupErrors'
import { ByteReader } from './byteReader'
import { ByteWriter } from './byteWriter'
import { SALT_BYTES, SECRET_STREAM_HEADER_BYTES } from './cryptoProvider'
import { bytesToHex, hexToBytes } from './hex'
import { isReadableKdfParams, type KdfParams } from './kdfParams'

export const BACKUP_MAGIC = new TextEncoder().encode('MENDBAK')
export const BACKUP_FORMAT_VERSION = 1
/** 512 MiB: the most the desktop app reads from one file; about 20 times a 10,000-entry journal. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
/** 1 version byte + 24 nonce + 32 vault key + 16 tag, as in the journal header. */
export const KEY_SLOT_BYTES = 73
const JOURNAL_ID_BYTES = 16

export interface BackupHeader {
  /** 32 lowercase hex characters. */
  readonly journalId: string
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly createdAtMs: number
  readonly recordCount: number
  readonly kdf: KdfParams
  readonly salt: Uint8Array
  readonly passphraseSlot: Uint8Array
  readonly recoverySlot: Uint8Array
  readonly streamHeader: Uint8Array
}

export interface ParsedBackup {
  readonly header: BackupHeader
  readonly headerBytes: Uint8Array
  readonly body: Uint8Array
}

export function encodeBackupHeader(header: BackupHeader): Uint8Array {
  const journalIdBytes = hexToBytes(header.journalId, JOURNAL_ID_BYTES)
  if (!journalIdBytes) throw new RangeError('a journal id is 32 lowercase hex characters')
  return new ByteWriter()
    .bytes(BACKUP_MAGIC)
    .u8(BACKUP_FORMAT_VERSION)
    .bytes(journalIdBytes)
    .u64(header.createdAtMs)
    .u32(header.recordCount)
    .u32(header.kdf.opsLimit)
    .u32(header.kdf.memLimitBytes)
    .bytes(header.salt)
    .bytes(header.passphraseSlot)
    .bytes(header.recoverySlot)
    .bytes(header.streamHeader)
    .toBytes()
}

function hasMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= BACKUP_MAGIC.length &&
    BACKUP_MAGIC.every((byte, index) => bytes[index] === byte)
  )
}

function readHeader(reader: ByteReader): BackupHeader | null {
  const journalIdBytes = reader.bytes(JOURNAL_ID_BYTES)
  const createdAtMs = reader.u64()
  const recordCount = reader.u32()
  const opsLimit = reader.u32()
  const memLimitBytes = reader.u32()
  const salt = reader.bytes(SALT_BYTES)
  const passphraseSlot = reader.bytes(KEY_SLOT_BYTES)
  const recoverySlot = reader.bytes(KEY_SLOT_BYTES)
  const streamHeader = reader.bytes(SECRET_STREAM_HEADER_BYTES)
  if (
    !journalIdBytes ||
    createdAtMs === null ||
    recordCount === null ||
    opsLimit === null ||
    memLimitBytes === null ||
    !salt ||
    !passphraseSlot ||
    !recoverySlot ||
    !streamHeader
  ) {
    return null
  }
  const kdf = { opsLimit, memLimitBytes }
  if (!isReadableKdfParams(kdf)) return null
  const journalId = bytesToHex(journalIdBytes)
  return {
    journalId,
    createdAtMs,
    recordCount,
    kdf,
    salt,
    passphraseSlot,
    recoverySlot,
    streamHeader,
  }
}

/** Splits a file into header and body, checking everything that needs no key. */
export function parseBackup(bytes: Uint8Array): Result<ParsedBackup> {
  if (!(bytes instanceof Uint8Array)) return backupErrors.notABackup()
  if (bytes.length > MAX_BACKUP_BYTES) return backupErrors.tooLarge(MAX_BACKUP_BYTES)
  if (!hasMagic(bytes)) return backupErrors.notABackup()
  const reader = new ByteReader(bytes)
  reader.bytes(BACKUP_MAGIC.length)
  const version = reader.u8()
  if (version !== null && version > BACKUP_FORMAT_VERSION) return backupErrors.tooNew()
  if (version !== BACKUP_FORMAT_VERSION) return backupErrors.damaged()
  const header = readHeader(reader)
  if (!header) return backupErrors.damaged()
  return ok({
    header,
    headerBytes: bytes.subarray(0, reader.offset),
    body: bytes.subarray(reader.offset),
  })
}
