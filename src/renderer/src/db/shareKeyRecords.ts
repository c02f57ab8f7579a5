/**
 * The journal's own 'share-key' record, `own-key-pair` (docs/FORMAT.md §17.2): its X25519 public
 * key, and its secret key sealed under the share-keys subkey. The partner's record is in
 * partnerRecord.ts.
 */
import { fail, ok, type Result } from '@shared/result'
import { bytesToHex, hexToBytes } from '../crypto/hex'
import { X25519_KEY_BYTES } from '../crypto/cryptoProvider'
import {
  generateShareKeyPair,
  openShareSecretKey,
  sealShareSecretKey,
  type ShareKeyPair,
} from '../crypto/shareKeyPair'
import { formatShareCode } from '../crypto/shareCode'
import { shareFingerprint } from '../crypto/shareFingerprint'
import type { CryptoProvider } from '../crypto/cryptoProvider'
import { withSubkey, type SessionParts } from './sessionParts'
import type { ShareIdentity } from './sharingTypes'

export const OWN_KEY_PAIR_ID = 'own-key-pair'

interface OwnKeyPairPayload {
  readonly publicKey: string
  readonly sealedSecretKey: string
}

export const shareKeyDamaged = () =>
  fail(
    'share-key-damaged',
    "Your share key could not be read, so bundles sealed to your share code can't be opened here. Make a new share code on the Share screen and send it to your partner.",
  )

function readOwnKeyPair(parts: SessionParts, payload: unknown): ShareKeyPair | null {
  if (typeof payload !== 'object' || payload === null) return null
  const fields = payload as Partial<Record<keyof OwnKeyPairPayload, unknown>>
  const publicKey =
    typeof fields.publicKey === 'string' ? hexToBytes(fields.publicKey, X25519_KEY_BYTES) : null
  const sealed =
    typeof fields.sealedSecretKey === 'string' ? hexToBytes(fields.sealedSecretKey) : null
  if (!publicKey || !sealed) return null
  const secretKey = withSubkey(parts, 'shareKeys', (shareKeysKey, provider) =>
    openShareSecretKey(provider, shareKeysKey, parts.journal.id, publicKey, sealed),
  )
  return secretKey ? { publicKey, secretKey } : null
}

/** The journal's key pair (the caller zeroes its secret key), ok(null) if it has none yet. */
export async function loadShareKeyPair(parts: SessionParts): Promise<Result<ShareKeyPair | null>> {
  const record = await parts.records.get<unknown>('share-key', OWN_KEY_PAIR_ID)
  if (record === null) return ok(null)
  if (record.status === 'damaged') return shareKeyDamaged()
  const keyPair = readOwnKeyPair(parts, record.payload)
  return keyPair ? ok(keyPair) : shareKeyDamaged()
}

/** Makes and stores a new key pair, replacing any earlier one. */
export async function storeNewShareKeyPair(parts: SessionParts): Promise<Result<ShareKeyPair>> {
  const { provider } = parts.context
  const keyPair = generateShareKeyPair(provider)
  const sealedSecretKey = withSubkey(parts, 'shareKeys', (shareKeysKey) =>
    sealShareSecretKey(provider, shareKeysKey, parts.journal.id, keyPair),
  )
  const payload: OwnKeyPairPayload = {
    publicKey: bytesToHex(keyPair.publicKey),
    sealedSecretKey: bytesToHex(sealedSecretKey),
  }
  const written = await parts.records.put('share-key', OWN_KEY_PAIR_ID, payload)
  if (written.ok) return ok(keyPair)
  provider.memzero(keyPair.secretKey)
  return written
}

/** The share code and fingerprint of a public key. */
export function shareIdentityOf(provider: CryptoProvider, publicKey: Uint8Array): ShareIdentity {
  return {
    shareCode: formatShareCode(publicKey),
    fingerprint: shareFingerprint(provider, publicKey),
  }
}
