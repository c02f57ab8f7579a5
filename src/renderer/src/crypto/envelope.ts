/**
 * The one ciphertext layout of Mend (docs/FORMAT.md, "Envelope"):
 *
 *   version (1 byte) || nonce (24 bytes) || XChaCha20-Poly1305 IETF ciphertext || tag (16 bytes)
 *
 * Used for records and for the key slots that wrap the vault key. The version byte is also
 * written into the associated data, so a ciphertext relabelled with another version fails.
 */
import { NONCE_BYTES, TAG_BYTES, type CryptoProvider } from './cryptoProvider'
import { EnvelopeOpenError } from './envelopeOpenError'

/** The only version written today; readers refuse every other value. */
export const ENVELOPE_VERSION = 1

const VERSION_BYTES = 1
/** The smallest well-formed envelope: an empty plaintext. */
export const MIN_ENVELOPE_BYTES = VERSION_BYTES + NONCE_BYTES + TAG_BYTES

export function sealEnvelope(
  provider: CryptoProvider,
  plaintext: Uint8Array,
  key: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array {
  const nonce = provider.randomBytes(NONCE_BYTES)
  const ciphertext = provider.aeadEncrypt(plaintext, associatedData, nonce, key)
  const envelope = new Uint8Array(VERSION_BYTES + NONCE_BYTES + ciphertext.length)
  envelope[0] = ENVELOPE_VERSION
  envelope.set(nonce, VERSION_BYTES)
  envelope.set(ciphertext, VERSION_BYTES + NONCE_BYTES)
  return envelope
}

/**
 * The plaintext, or EnvelopeOpenError for any input that is not an authentic envelope under this
 * key and associated data. `associatedDataFor` receives the envelope's (known) version.
 */
export function openEnvelope(
  provider: CryptoProvider,
  envelope: Uint8Array,
  key: Uint8Array,
  associatedDataFor: (version: number) => Uint8Array,
): Uint8Array {
  if (!(envelope instanceof Uint8Array) || envelope.length < MIN_ENVELOPE_BYTES) {
    throw new EnvelopeOpenError()
  }
  const version = envelope[0]
  if (version !== ENVELOPE_VERSION) throw new EnvelopeOpenError()
  const nonce = envelope.subarray(VERSION_BYTES, VERSION_BYTES + NONCE_BYTES)
  const ciphertext = envelope.subarray(VERSION_BYTES + NONCE_BYTES)
  const plaintext = provider.aeadDecrypt(ciphertext, associatedDataFor(version), nonce, key)
  if (plaintext === null) throw new EnvelopeOpenError()
  return plaintext
}
