import type { KeyDeriver } from './keyDeriver'
import type { KdfWorkerRequest, KdfWorkerResponse } from './kdfWorkerProtocol'

/** Thrown when the worker could not finish, most often because 256 MiB could not be allocated. */
export class KeyDerivationError extends Error {
  override readonly name = 'KeyDerivationError'
}

/**
 * One fresh worker per derivation, terminated when it answers or fails. Unlock is rare, and a
 * worker start-up (about 50 ms to compile libsodium again) is small beside Argon2id itself.
 */
export function workerKeyDeriver(): KeyDeriver {
  return {
    deriveWrappingKey(passphraseBytes, salt, params) {
      // Transferring detaches the caller's buffer, so no copy of the passphrase stays here.
      const ownedPassphrase = passphraseBytes.slice()
      passphraseBytes.fill(0)
      const request: KdfWorkerRequest = {
        passphraseBytes: ownedPassphrase,
        salt: salt.slice(),
        opsLimit: params.opsLimit,
        memLimitBytes: params.memLimitBytes,
      }
      let worker: Worker
      try {
        worker = new Worker(new URL('./kdfWorker.ts', import.meta.url), { type: 'module' })
      } catch {
        ownedPassphrase.fill(0)
        return Promise.reject(new KeyDerivationError('the key derivation worker could not start'))
      }
      return new Promise<Uint8Array>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<KdfWorkerResponse>) => {
          worker.terminate()
          const response = event.data
          if (response.ok) resolve(response.key)
          else reject(new KeyDerivationError(`key derivation failed (${response.reason})`))
        }
        worker.onerror = (event) => {
          event.preventDefault()
          worker.terminate()
          reject(new KeyDerivationError('the key derivation worker stopped'))
        }
        worker.onmessageerror = () => {
          worker.terminate()
          reject(new KeyDerivationError('the key derivation worker sent an unreadable answer'))
        }
        worker.postMessage(request, [ownedPassphrase.buffer])
      })
    },
  }
}

/** The app's choice: a worker wherever the platform has them, in-process otherwise. */
export function platformHasWorkers(): boolean {
  return typeof Worker !== 'undefined'
}
