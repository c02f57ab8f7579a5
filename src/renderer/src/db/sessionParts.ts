/**
 * The pieces of an unlocked journal that sharing and backup code in db/ works with. Handed out
 * by UnlockedVaultSession only to its own helpers; features see the VaultSession interface.
 */
import type { CryptoProvider } from '../crypto/cryptoProvider'
import { deriveSubkey, type SubkeyPurpose } from '../crypto/subkeys'
import type { VaultKeyring } from '../crypto/vaultKeyring'
import type { JournalDatabase } from './journalDatabase'
import type { JournalSummary, RecordStore } from './types'
import type { VaultContext } from './vaultContext'

export interface SessionParts {
  readonly context: VaultContext
  readonly db: JournalDatabase
  readonly journal: JournalSummary
  readonly keyring: VaultKeyring
  readonly records: RecordStore
}

/**
 * Runs `withKey` with a purpose subkey of the vault key and zeroes the subkey afterwards, however
 * `withKey` ends. Throws VaultLockedError when the journal is locked.
 */
export function withSubkey<T>(
  parts: SessionParts,
  purpose: SubkeyPurpose,
  withKey: (subkey: Uint8Array, provider: CryptoProvider) => T,
): T {
  const { provider } = parts.context
  const subkey = deriveSubkey(provider, parts.keyring.vaultKey(), purpose)
  try {
    return withKey(subkey, provider)
  } finally {
    provider.memzero(subkey)
  }
}
