/**
 * Runs one Argon2id derivation off the main thread. The page terminates this worker as soon as
 * it answers: a WebAssembly heap never shrinks, and 256 MiB would otherwise stay resident.
 */
import type { KdfWorkerRequest, KdfWorkerResponse } from './kdfWorkerProtocol'
import { loadSodiumProvider } from './sodiumProvider'

// The renderer's type-check has no WebWorker lib; this is the slice of the worker scope we use.
interface KdfWorkerScope {
  onmessage: ((event: MessageEvent<KdfWorkerRequest>) => void) | null
  postMessage(message: KdfWorkerResponse, transfer: Transferable[]): void
}

const scope = globalThis as unknown as KdfWorkerScope

scope.onmessage = (event) => {
  const { passphraseBytes, salt, opsLimit, memLimitBytes } = event.data
  void loadSodiumProvider()
    .then((provider) => {
      try {
        const derived = provider.argon2id(passphraseBytes, salt, opsLimit, memLimitBytes)
        // A copy with its own exactly-sized buffer, which can be transferred rather than cloned.
        const key = derived.slice()
        provider.memzero(derived)
        scope.postMessage({ ok: true, key }, [key.buffer])
      } finally {
        provider.memzero(passphraseBytes)
      }
    })
    .catch((error: unknown) => {
      passphraseBytes.fill(0)
      // Only the error's name crosses back: nothing derived from the passphrase.
      const reason = error instanceof Error ? error.name : 'Error'
      scope.postMessage({ ok: false, reason }, [])
    })
}
