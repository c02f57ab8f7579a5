/**
 * Seals a partner bundle (docs/FORMAT.md §18): a random stream key encrypts the JSON
 * payload in 64 KiB secretstream chunks, and is itself wrapped for the recipient, either through
 * X25519 with the partner's share code (proving the sender) or under a one-time passphrase.
 */
import { ok, type Result } from '@shared/result'
import { bundleErrors } from './bundleErrors'
import { encodeBundleHeader, encodeKeySource, type BundleKeySource } from './bundleFormat'
import { senderWrapKey } from './bundleKeyAgreement'
import type { BundlePayload } from './bundlePayload'
import { sealChunks, sealedBodyBytes, chunkCount, type ChunkProgress } from './chunkedStream'
import { KEY_BYTES, NONCE_BYTES, SALT_BYTES, type CryptoProvider } from './cryptoProvider'
import { assertKdfParamsAllowed } from './kdfPolicy'
import type { KdfParams } from './kdfParams'
import type { KeyDeriver } from './keyDeriver'
import { passphraseToBytes } from './passphraseBytes'
import { generateShareKeyPair, type ShareKeyPair } from './shareKeyPair'
import { KeyDerivationError } from './workerKeyDeriver'

export type BundleRecipient =
  | {
      readonly mode: 'share-code'
      readonly recipientPublicKey: Uint8Array
      /** The sending journal's own share key pair; its public key goes into the header. */
      readonly sender: ShareKeyPair
    }
  | { readonly mode: 'passphrase'; readonly passphrase: string; readonly kdfParams: KdfParams }

export interface BundleSealRequest {
  readonly payload: BundlePayload
  readonly recipient: BundleRecipient
  /** Called after each 64 KiB chunk. */
  readonly onProgress?: ChunkProgress
}

interface WrapKeyAndSource {
  readonly wrapKey: Uint8Array
  readonly keySource: BundleKeySource
}

async function wrapKeyFor(
  provider: CryptoProvider,
  deriver: KeyDeriver,
  recipient: BundleRecipient,
): Promise<WrapKeyAndSource | null> {
  if (recipient.mode === 'share-code') {
    const ephemeral = generateShareKeyPair(provider)
    try {
      const wrapKey = senderWrapKey(
        provider,
        recipient.sender,
        ephemeral,
        recipient.recipientPublicKey,
      )
      if (!wrapKey) return null
      const keySource: BundleKeySource = {
        mode: 'share-code',
        recipientPublicKey: recipient.recipientPublicKey,
        senderPublicKey: recipient.sender.publicKey,
        ephemeralPublicKey: ephemeral.publicKey,
      }
      return { wrapKey, keySource }
    } finally {
      // Forgetting the ephemeral secret is what keeps old bundles closed to a later thief.
      provider.memzero(ephemeral.secretKey)
    }
  }
  assertKdfParamsAllowed(recipient.kdfParams)
  const salt = provider.randomBytes(SALT_BYTES)
  const wrapKey = await deriver.deriveWrappingKey(
    passphraseToBytes(recipient.passphrase),
    salt,
    recipient.kdfParams,
  )
  return { wrapKey, keySource: { mode: 'passphrase', kdf: recipient.kdfParams, salt } }
}

/** The .mendshare file's bytes. */
export async function sealBundle(
  provider: CryptoProvider,
  deriver: KeyDeriver,
  request: BundleSealRequest,
): Promise<Result<Uint8Array>> {
  let wrapping: WrapKeyAndSource | null
  try {
    wrapping = await wrapKeyFor(provider, deriver, request.recipient)
  } catch (error) {
    if (error instanceof KeyDerivationError) return bundleErrors.keyDerivationFailed()
    throw error
  }
  if (!wrapping) return bundleErrors.unusableShareCode()
  const keySourceBytes = encodeKeySource(wrapping.keySource)
  const streamKey = provider.randomBytes(KEY_BYTES)
  const wrapNonce = provider.randomBytes(NONCE_BYTES)
  const wrappedStreamKey = provider.aeadEncrypt(
    streamKey,
    keySourceBytes,
    wrapNonce,
    wrapping.wrapKey,
  )
  provider.memzero(wrapping.wrapKey)
  const pusher = provider.secretStreamPush(streamKey)
  provider.memzero(streamKey)
  const headerBytes = encodeBundleHeader(keySourceBytes, {
    wrapNonce,
    wrappedStreamKey,
    streamHeader: pusher.header,
  })

  const plaintext = new TextEncoder().encode(JSON.stringify(request.payload))
  const file = new Uint8Array(headerBytes.length + sealedBodyBytes(plaintext.length))
  file.set(headerBytes)
  const total = chunkCount(plaintext.length)
  let offset = headerBytes.length
  let done = 0
  try {
    for (const chunk of sealChunks(pusher, headerBytes, [plaintext])) {
      file.set(chunk, offset)
      offset += chunk.length
      done += 1
      request.onProgress?.(done, total)
    }
  } finally {
    plaintext.fill(0)
  }
  return ok(file)
}
