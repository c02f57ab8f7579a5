/**
 * The key that wraps a share-code bundle's stream key (docs/FORMAT.md §18.3):
 *
 *   es = X25519(ephemeral secret, recipient public)   = X25519(recipient secret, ephemeral public)
 *   ss = X25519(sender secret, recipient public)      = X25519(recipient secret, sender public)
 *   wrapKey = BLAKE2b-256(UTF8("mend.share.v1") || 0x00 || es || ss || recipientPk || senderPk || ephemeralPk)
 *
 * `ss` proves the sender: only the holder of the sender's secret key (or the recipient) can
 * compute it. `es` is fresh for every bundle, so someone who later steals the sender's key still
 * cannot read bundles the sender sealed before. Hashing all three public keys ties the key to
 * exactly this sender, recipient and bundle.
 */
import type { CryptoProvider } from './cryptoProvider'
import type { ShareKeyPair } from './shareKeyPair'

const DOMAIN = new TextEncoder().encode('mend.share.v1\u0000')

function hashWrapKey(provider: CryptoProvider, parts: readonly Uint8Array[]): Uint8Array {
  const message = new Uint8Array(DOMAIN.length + parts.reduce((sum, part) => sum + part.length, 0))
  message.set(DOMAIN)
  let offset = DOMAIN.length
  for (const part of parts) {
    message.set(part, offset)
    offset += part.length
  }
  try {
    return provider.blake2b(32, message, null)
  } finally {
    provider.memzero(message)
  }
}

function combine(
  provider: CryptoProvider,
  es: Uint8Array | null,
  ss: Uint8Array | null,
  publicKeys: readonly Uint8Array[],
): Uint8Array | null {
  try {
    return es && ss ? hashWrapKey(provider, [es, ss, ...publicKeys]) : null
  } finally {
    if (es) provider.memzero(es)
    if (ss) provider.memzero(ss)
  }
}

/** Null when the recipient's key is a low-order point no real share code holds. */
export function senderWrapKey(
  provider: CryptoProvider,
  sender: ShareKeyPair,
  ephemeral: ShareKeyPair,
  recipientPublicKey: Uint8Array,
): Uint8Array | null {
  const es = provider.x25519SharedSecret(ephemeral.secretKey, recipientPublicKey)
  const ss = provider.x25519SharedSecret(sender.secretKey, recipientPublicKey)
  return combine(provider, es, ss, [recipientPublicKey, sender.publicKey, ephemeral.publicKey])
}

/** Null when the header's sender or ephemeral key is a low-order point: a forged bundle. */
export function recipientWrapKey(
  provider: CryptoProvider,
  recipient: ShareKeyPair,
  senderPublicKey: Uint8Array,
  ephemeralPublicKey: Uint8Array,
): Uint8Array | null {
  const es = provider.x25519SharedSecret(recipient.secretKey, ephemeralPublicKey)
  const ss = provider.x25519SharedSecret(recipient.secretKey, senderPublicKey)
  return combine(provider, es, ss, [recipient.publicKey, senderPublicKey, ephemeralPublicKey])
}
