/**
 * Reading a vault header from disk without trusting it: anything malformed or out of range is
 * "damaged" rather than fed to Argon2id or libsodium.
 */
import { SALT_BYTES } from '../crypto/cryptoProvider'
import { isReadableKdfParams, type KdfParams } from '../crypto/kdfParams'
import type { HeaderRow } from './journalDatabase'

export const HEADER_ROW_ID = 'vault'
export const HEADER_FORMAT_VERSION = 1
export const KDF_ALGORITHM = 'argon2id13'

// 1 version byte + 24 nonce + 32 vault key + 16 tag.
const SLOT_BYTES = 73

function isBytes(value: unknown, length: number): value is Uint8Array {
  return value instanceof Uint8Array && value.length === length
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function parseHeaderRow(value: unknown, expectedJournalId: string): HeaderRow | null {
  if (!isObject(value) || !isObject(value.kdf)) return null
  const { kdf } = value
  const params = { opsLimit: kdf.opsLimit, memLimitBytes: kdf.memLimitBytes } as KdfParams
  const valid =
    value.id === HEADER_ROW_ID &&
    value.formatVersion === HEADER_FORMAT_VERSION &&
    value.journalId === expectedJournalId &&
    kdf.algorithm === KDF_ALGORITHM &&
    isReadableKdfParams(params) &&
    isBytes(kdf.salt, SALT_BYTES) &&
    isBytes(value.passphraseSlot, SLOT_BYTES) &&
    isBytes(value.recoverySlot, SLOT_BYTES)
  return valid ? (value as unknown as HeaderRow) : null
}

/** A header a later Mend wrote in a format this one does not know: not damaged, just newer. */
export function isNewerHeader(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.formatVersion === 'number' &&
    value.formatVersion > HEADER_FORMAT_VERSION
  )
}

export function kdfParamsOf(header: HeaderRow): KdfParams {
  return { opsLimit: header.kdf.opsLimit, memLimitBytes: header.kdf.memLimitBytes }
}
