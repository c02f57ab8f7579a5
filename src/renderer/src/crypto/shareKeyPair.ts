/**
 * A journal's X25519 share key pair. The public key becomes the share code; the secret key is
 * kept in the journal's 'share-key' record, itself sealed under the records key, and inside it
 * sealed once more under the share-keys subkey (docs/FORMAT.md §17.2). The second
 * layer keeps the raw secret out of every decrypted payload: code that lists or exports records
 * sees only an envelope, never a key it could leak.
 */
import { shareSecretKeyAssociatedData } from './associatedData'
import { X25519_KEY_BYTES, type CryptoProvider } from './cryptoProvider'
import { ENVELOPE_VERSION, openEnvelope, sealEnvelope } from './envelope'
import { EnvelopeOpenError } from './envelopeOpenError'
import { bytesToHex } from './hex'

export interface ShareKeyPair {
  readonly publicKey: Uint8Array
  /** 32 bytes; whoever holds it zeroes it when done. */
  readonly secretKey: Uint8Array
}

export function generateShareKeyPair(provider: CryptoProvider): ShareKeyPair {
  const secretKey = provider.randomBytes(X25519_KEY_BYTES)
  return { publicKey: provider.x25519PublicKey(secretKey), secretKey }
}

export function sealShareSecretKey(
  provider: CryptoProvider,
  shareKeysKey: Uint8Array,
  journalId: string,
  keyPair: ShareKeyPair,
): Uint8Array {
  const associatedData = shareSecretKeyAssociatedData(
    ENVELOPE_VERSION,
    journalId,
    bytesToHex(keyPair.publicKey),
  )
  return sealEnvelope(provider, keyPair.secretKey, shareKeysKey, associatedData)
}

/** The secret key, or null unless it opens and really belongs to `publicKey`. */
export function openShareSecretKey(
  provider: CryptoProvider,
  shareKeysKey: Uint8Array,
  journalId: string,
  publicKey: Uint8Array,
  sealedSecretKey: Uint8Array,
): Uint8Array | null {
  let secretKey: Uint8Array
  try {
    secretKey = openEnvelope(provider, sealedSecretKey, shareKeysKey, (version) =>
      shareSecretKeyAssociatedData(version, journalId, bytesToHex(publicKey)),
    )
  } catch (error) {
    if (error instanceof EnvelopeOpenError) return null
    throw error
  }
  const matches =
    secretKey.length === X25519_KEY_BYTES &&
    bytesToHex(provider.x25519PublicKey(secretKey)) === bytesToHex(publicKey)
  if (matches) return secretKey
  provider.memzero(secretKey)
  return null
}
