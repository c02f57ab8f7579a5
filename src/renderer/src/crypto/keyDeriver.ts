import type { CryptoProvider } from './cryptoProvider'
import type { KdfParams } from './kdfParams'

/**
 * Runs Argon2id. Two implementations: workerKeyDeriver (the app: a Web Worker per derivation,
 * terminated afterwards so its 256 MiB WebAssembly heap is returned to the system) and
 * directKeyDeriver (Node unit tests and anywhere Worker is missing).
 */
export interface KeyDeriver {
  /**
   * Returns the 32-byte wrapping key. Takes ownership of `passphraseBytes` (UTF-8) and zeroes or
   * detaches it, so the caller never keeps a copy by accident.
   */
  deriveWrappingKey(
    passphraseBytes: Uint8Array,
    salt: Uint8Array,
    params: KdfParams,
  ): Promise<Uint8Array>
}

export function directKeyDeriver(provider: CryptoProvider): KeyDeriver {
  return {
    async deriveWrappingKey(passphraseBytes, salt, params) {
      try {
        return provider.argon2id(passphraseBytes, salt, params.opsLimit, params.memLimitBytes)
      } finally {
        provider.memzero(passphraseBytes)
      }
    },
  }
}
