/**
 * The header of a .mendshare file (docs/FORMAT.md §18.2). Everything a reader needs
 * before it has a key: magic, version, how the stream key is wrapped, and the secretstream
 * header. The header is authenticated twice: its first part is the wrapped key's associated
 * data, and all of it is the first chunk's associated data.
 */
import { ok, type Result } from '@shared/result'
import { ByteReader } from './byteReader'
import { ByteWriter } from './byteWriter'
import {
  NONCE_BYTES,
  SALT_BYTES,
  SECRET_STREAM_HEADER_BYTES,
  TAG_BYTES,
  KEY_BYTES,
  X25519_KEY_BYTES,
} from './cryptoProvider'
import { bundleErrors } from './bundleErrors'
import { isReadableKdfParams, type KdfParams } from './kdfParams'

export const BUNDLE_MAGIC = new TextEncoder().encode('MENDSHR')
export const BUNDLE_FORMAT_VERSION = 1
/** 200 MiB: about 100,000 typical entries; a larger file is refused before it is parsed. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024
export const WRAPPED_KEY_BYTES = KEY_BYTES + TAG_BYTES

const MODE_SHARE_CODE = 1
const MODE_PASSPHRASE = 2

export type BundleKeySource =
  | {
      readonly mode: 'share-code'
      readonly recipientPublicKey: Uint8Array
      readonly senderPublicKey: Uint8Array
      readonly ephemeralPublicKey: Uint8Array
    }
  | { readonly mode: 'passphrase'; readonly kdf: KdfParams; readonly salt: Uint8Array }

export interface BundleKeyWrap {
  readonly wrapNonce: Uint8Array
  readonly wrappedStreamKey: Uint8Array
  readonly streamHeader: Uint8Array
}

export interface ParsedBundle extends BundleKeyWrap {
  readonly keySource: BundleKeySource
  /** Magic through the key source: the wrapped key's associated data. */
  readonly keySourceBytes: Uint8Array
  /** The whole header: the first chunk's associated data. */
  readonly headerBytes: Uint8Array
  readonly body: Uint8Array
}

/** Magic, version, mode and the mode's fields. */
export function encodeKeySource(source: BundleKeySource): Uint8Array {
  const writer = new ByteWriter().bytes(BUNDLE_MAGIC).u8(BUNDLE_FORMAT_VERSION)
  if (source.mode === 'share-code') {
    writer
      .u8(MODE_SHARE_CODE)
      .bytes(source.recipientPublicKey)
      .bytes(source.senderPublicKey)
      .bytes(source.ephemeralPublicKey)
  } else {
    writer
      .u8(MODE_PASSPHRASE)
      .u32(source.kdf.opsLimit)
      .u32(source.kdf.memLimitBytes)
      .bytes(source.salt)
  }
  return writer.toBytes()
}

export function encodeBundleHeader(keySourceBytes: Uint8Array, wrap: BundleKeyWrap): Uint8Array {
  return new ByteWriter(keySourceBytes.length + 96)
    .bytes(keySourceBytes)
    .bytes(wrap.wrapNonce)
    .bytes(wrap.wrappedStreamKey)
    .bytes(wrap.streamHeader)
    .toBytes()
}

function hasMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= BUNDLE_MAGIC.length &&
    BUNDLE_MAGIC.every((byte, index) => bytes[index] === byte)
  )
}

function readKeySource(reader: ByteReader, mode: number): BundleKeySource | null {
  if (mode === MODE_SHARE_CODE) {
    const recipientPublicKey = reader.bytes(X25519_KEY_BYTES)
    const senderPublicKey = reader.bytes(X25519_KEY_BYTES)
    const ephemeralPublicKey = reader.bytes(X25519_KEY_BYTES)
    if (!recipientPublicKey || !senderPublicKey || !ephemeralPublicKey) return null
    return { mode: 'share-code', recipientPublicKey, senderPublicKey, ephemeralPublicKey }
  }
  if (mode === MODE_PASSPHRASE) {
    const opsLimit = reader.u32()
    const memLimitBytes = reader.u32()
    const salt = reader.bytes(SALT_BYTES)
    if (opsLimit === null || memLimitBytes === null || !salt) return null
    const kdf = { opsLimit, memLimitBytes }
    // Bounded like a vault header: an edited file must not make the reader allocate 4 GiB.
    return isReadableKdfParams(kdf) ? { mode: 'passphrase', kdf, salt } : null
  }
  return null
}

/** Splits a file into header fields and body, checking only what needs no key. */
export function parseBundle(bytes: Uint8Array): Result<ParsedBundle> {
  if (!(bytes instanceof Uint8Array)) return bundleErrors.notABundle()
  if (bytes.length > MAX_BUNDLE_BYTES) return bundleErrors.tooLarge(MAX_BUNDLE_BYTES)
  if (!hasMagic(bytes)) return bundleErrors.notABundle()
  const reader = new ByteReader(bytes)
  reader.bytes(BUNDLE_MAGIC.length)
  const version = reader.u8()
  if (version !== null && version > BUNDLE_FORMAT_VERSION) return bundleErrors.tooNew()
  if (version !== BUNDLE_FORMAT_VERSION) return bundleErrors.damaged()
  const mode = reader.u8()
  const keySource = mode === null ? null : readKeySource(reader, mode)
  if (!keySource) return bundleErrors.damaged()
  const keySourceBytes = bytes.subarray(0, reader.offset)
  const wrapNonce = reader.bytes(NONCE_BYTES)
  const wrappedStreamKey = reader.bytes(WRAPPED_KEY_BYTES)
  const streamHeader = reader.bytes(SECRET_STREAM_HEADER_BYTES)
  if (!wrapNonce || !wrappedStreamKey || !streamHeader) return bundleErrors.damaged()
  const headerBytes = bytes.subarray(0, reader.offset)
  const body = bytes.subarray(reader.offset)
  return ok({
    keySource,
    keySourceBytes,
    headerBytes,
    wrapNonce,
    wrappedStreamKey,
    streamHeader,
    body,
  })
}
