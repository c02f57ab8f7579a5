/**
 * The keys of one unlocked journal, and nothing else: the vault key (needed to re-wrap it when
 * the passphrase changes) and the records subkey. close() zeroes both; every later use throws.
 * Other subkeys are derived on demand and zeroed by whoever asked, so the cache stays minimal.
 */
import type { CryptoProvider } from './cryptoProvider'
import { deriveSubkey } from './subkeys'

export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError'

  constructor() {
    super('This journal is locked; its keys have been erased from memory.')
  }
}

export class VaultKeyring {
  readonly #provider: CryptoProvider
  #vaultKey: Uint8Array | null
  #recordsKey: Uint8Array | null

  /** Takes ownership of `vaultKey`: the caller must not zero or reuse it. */
  constructor(provider: CryptoProvider, vaultKey: Uint8Array) {
    this.#provider = provider
    this.#vaultKey = vaultKey
    this.#recordsKey = deriveSubkey(provider, vaultKey, 'records')
  }

  get isOpen(): boolean {
    return this.#vaultKey !== null
  }

  /** 32 bytes, owned by the keyring: use it immediately and never keep a reference. */
  vaultKey(): Uint8Array {
    if (this.#vaultKey === null) throw new VaultLockedError()
    return this.#vaultKey
  }

  /** 32 bytes, owned by the keyring: use it immediately and never keep a reference. */
  recordsKey(): Uint8Array {
    if (this.#recordsKey === null) throw new VaultLockedError()
    return this.#recordsKey
  }

  close(): void {
    if (this.#vaultKey) this.#provider.memzero(this.#vaultKey)
    if (this.#recordsKey) this.#provider.memzero(this.#recordsKey)
    this.#vaultKey = null
    this.#recordsKey = null
  }
}
