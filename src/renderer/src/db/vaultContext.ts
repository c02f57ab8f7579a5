import type { CryptoProvider } from '../crypto/cryptoProvider'
import type { KdfParams } from '../crypto/kdfParams'
import type { KeyDeriver } from '../crypto/keyDeriver'
import type { DirectoryDatabase } from './directoryDatabase'
import type { IndexedDbSource } from './indexedDbSource'

/** What creating, unlocking and re-keying a journal need, resolved once per directory. */
export interface VaultContext {
  readonly provider: CryptoProvider
  readonly deriver: KeyDeriver
  /** Argon2id parameters for every new passphrase slot, and the target of on-unlock upgrades. */
  readonly kdfParams: KdfParams
  readonly source: IndexedDbSource
  readonly directory: DirectoryDatabase
}
