/**
 * Per-purpose keys derived from the vault key with crypto_kdf_derive_from_key, so a key used for
 * one job can never decrypt another's data (docs/FORMAT.md, "Key hierarchy"). Contexts are
 * exactly 8 ASCII characters; changing one makes every existing ciphertext of that purpose
 * unreadable, so they are part of the format.
 */
import type { CryptoProvider } from './cryptoProvider'

export const SUBKEY_DERIVATIONS = {
  /** Encrypts every record envelope. */
  records: { context: 'MendRcrd', subkeyId: 1 },
  /** Wraps the journal's X25519 share secret key inside its 'share-key' record. */
  shareKeys: { context: 'MendShar', subkeyId: 1 },
  /** Keys the secretstream of every .mendbackup file of this journal. */
  backups: { context: 'MendBkup', subkeyId: 1 },
  /** Keys the BLAKE2b hash that turns (bundle id, item index) into a shared item's record id. */
  sharedItemIds: { context: 'MendShId', subkeyId: 1 },
} as const

export type SubkeyPurpose = keyof typeof SUBKEY_DERIVATIONS

/** 32 bytes; the caller zeroes it when done. */
export function deriveSubkey(
  provider: CryptoProvider,
  vaultKey: Uint8Array,
  purpose: SubkeyPurpose,
): Uint8Array {
  const { context, subkeyId } = SUBKEY_DERIVATIONS[purpose]
  return provider.deriveSubkey(vaultKey, subkeyId, context)
}
