/**
 * Opens a partner bundle completely — key, every chunk, the final tag, the payload's shape —
 * before returning anything, so a caller never sees part of a damaged or forged bundle.
 */
import { ok, type Result } from '@shared/result'
import { bundleErrors } from './bundleErrors'
import { parseBundle, type ParsedBundle } from './bundleFormat'
import { recipientWrapKey } from './bundleKeyAgreement'
import { decodeBundlePayload, type BundlePayload } from './bundlePayload'
import { openChunks, type ChunkProgress } from './chunkedStream'
import { KEY_BYTES, type CryptoProvider } from './cryptoProvider'
import { bytesToHex } from './hex'
import type { KeyDeriver } from './keyDeriver'
import { passphraseToBytes } from './passphraseBytes'
import { formatShareCode } from './shareCode'
import { shareFingerprint } from './shareFingerprint'
import type { ShareKeyPair } from './shareKeyPair'
import { KeyDerivationError } from './workerKeyDeriver'

export interface BundleOpeningKeys {
  /** The opening journal's share key pair; null when it has never made one. */
  readonly shareKeyPair: ShareKeyPair | null
  /** What the person typed for a passphrase bundle; null when they have not been asked yet. */
  readonly passphrase: string | null
  /** The public key of the partner's saved share code, if one is saved. */
  readonly partnerPublicKey: Uint8Array | null
}

/**
 * How far the sender is proven: a share-code bundle names its sender's key, which either is the
 * partner's saved share code or is not; a passphrase bundle proves only that its maker knew it.
 */
export type SenderCheck =
  'matches-saved-partner' | 'not-saved-partner' | 'no-partner-saved' | 'not-provable'

export interface OpenedBundle extends BundlePayload {
  readonly sealedWith: 'share-code' | 'passphrase'
  /** The sealing journal's share code and fingerprint; null for a passphrase bundle. */
  readonly sender: { readonly shareCode: string; readonly fingerprint: readonly string[] } | null
  readonly senderCheck: SenderCheck
  /** True when today is after expiresOn. The bundle still opens; the screen says so. */
  readonly expired: boolean
}

export interface BundleOpenRequest {
  readonly keys: BundleOpeningKeys
  /** The recipient's calendar day, "YYYY-MM-DD", for the expiry check. */
  readonly today: string
  readonly onProgress?: ChunkProgress
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => bytesToHex(a) === bytesToHex(b)

async function unwrapStreamKey(
  provider: CryptoProvider,
  deriver: KeyDeriver,
  parsed: ParsedBundle,
  keys: BundleOpeningKeys,
): Promise<Result<Uint8Array>> {
  const { keySource } = parsed
  let wrapKey: Uint8Array | null
  if (keySource.mode === 'share-code') {
    const own = keys.shareKeyPair
    if (!own || !sameBytes(own.publicKey, keySource.recipientPublicKey)) {
      return bundleErrors.forSomeoneElse()
    }
    wrapKey = recipientWrapKey(
      provider,
      own,
      keySource.senderPublicKey,
      keySource.ephemeralPublicKey,
    )
  } else {
    if (keys.passphrase === null) return bundleErrors.needsPassphrase()
    try {
      wrapKey = await deriver.deriveWrappingKey(
        passphraseToBytes(keys.passphrase),
        keySource.salt,
        keySource.kdf,
      )
    } catch (error) {
      if (error instanceof KeyDerivationError) return bundleErrors.keyDerivationFailed()
      throw error
    }
  }
  const streamKey = wrapKey
    ? provider.aeadDecrypt(
        parsed.wrappedStreamKey,
        parsed.keySourceBytes,
        parsed.wrapNonce,
        wrapKey,
      )
    : null
  if (wrapKey) provider.memzero(wrapKey)
  if (streamKey && streamKey.length === KEY_BYTES) return ok(streamKey)
  if (streamKey) provider.memzero(streamKey)
  // With the right recipient key, a failure can only mean an altered file; with a passphrase,
  // a wrong passphrase and an altered salt or slot look the same.
  return keySource.mode === 'passphrase' ? bundleErrors.wrongPassphrase() : bundleErrors.damaged()
}

function senderCheckOf(parsed: ParsedBundle, partnerPublicKey: Uint8Array | null): SenderCheck {
  if (parsed.keySource.mode !== 'share-code') return 'not-provable'
  if (!partnerPublicKey) return 'no-partner-saved'
  return sameBytes(parsed.keySource.senderPublicKey, partnerPublicKey)
    ? 'matches-saved-partner'
    : 'not-saved-partner'
}

export async function openBundle(
  provider: CryptoProvider,
  deriver: KeyDeriver,
  bytes: Uint8Array,
  request: BundleOpenRequest,
): Promise<Result<OpenedBundle>> {
  const parsed = parseBundle(bytes)
  if (!parsed.ok) return parsed
  const streamKey = await unwrapStreamKey(provider, deriver, parsed.value, request.keys)
  if (!streamKey.ok) return streamKey
  const puller = provider.secretStreamPull(streamKey.value, parsed.value.streamHeader)
  provider.memzero(streamKey.value)
  const plaintext = openChunks(
    puller,
    parsed.value.headerBytes,
    parsed.value.body,
    request.onProgress,
  )
  if (!plaintext) return bundleErrors.damaged()
  const payload = decodeBundlePayload(plaintext)
  plaintext.fill(0)
  if (!payload) return bundleErrors.damaged()
  const { keySource } = parsed.value
  const sender =
    keySource.mode === 'share-code'
      ? {
          shareCode: formatShareCode(keySource.senderPublicKey),
          fingerprint: shareFingerprint(provider, keySource.senderPublicKey),
        }
      : null
  return ok({
    ...payload,
    sealedWith: keySource.mode,
    sender,
    senderCheck: senderCheckOf(parsed.value, request.keys.partnerPublicKey),
    expired: payload.expiresOn !== null && request.today > payload.expiresOn,
  })
}
