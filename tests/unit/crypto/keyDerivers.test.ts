import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { directKeyDeriver } from '@renderer/crypto/keyDeriver'
import type { KdfWorkerRequest } from '@renderer/crypto/kdfWorkerProtocol'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { KeyDerivationError, workerKeyDeriver } from '@renderer/crypto/workerKeyDeriver'
import { countingBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const params = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 }
const salt = countingBytes(16)

/** Stands in for the browser's Worker: records what was sent and answers like kdfWorker.ts. */
class FakeWorker {
  static last: FakeWorker | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: { preventDefault(): void }) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  received: KdfWorkerRequest | null = null
  transferred: ArrayBuffer[] = []
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this
  }
  postMessage(message: KdfWorkerRequest, transfer: ArrayBuffer[]) {
    this.received = { ...message, passphraseBytes: message.passphraseBytes.slice() }
    this.transferred = transfer
    const { passphraseBytes, salt, opsLimit, memLimitBytes } = message
    const key = provider.argon2id(passphraseBytes, salt, opsLimit, memLimitBytes)
    queueMicrotask(() => this.onmessage?.({ data: { ok: true, key } }))
  }
  terminate() {
    this.terminated = true
  }
}

describe('key derivation', () => {
  it('in-process gives libsodium Argon2id output and zeroes the passphrase it was handed', async () => {
    const passphrase = new TextEncoder().encode('lantern orchard')
    const expected = provider.argon2id(passphrase.slice(), salt, 1, params.memLimitBytes)
    const key = await directKeyDeriver(provider).deriveWrappingKey(passphrase, salt, params)
    expect(key).toEqual(expected)
    expect(passphrase.every((byte) => byte === 0)).toBe(true)
  })

  it('in a worker, starts a module worker, transfers the passphrase and terminates it after', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const passphrase = new TextEncoder().encode('lantern orchard')
    const expected = provider.argon2id(passphrase.slice(), salt, 1, params.memLimitBytes)
    const key = await workerKeyDeriver().deriveWrappingKey(passphrase, salt, params)
    const worker = FakeWorker.last as FakeWorker
    expect(key).toEqual(expected)
    expect(worker.options).toEqual({ type: 'module' })
    expect(worker.url.pathname).toMatch(/kdfWorker\.ts$/)
    expect(new TextDecoder().decode(worker.received?.passphraseBytes)).toBe('lantern orchard')
    expect(worker.transferred).toHaveLength(1)
    expect(worker.terminated).toBe(true)
    expect(passphrase.every((byte) => byte === 0)).toBe(true)
  })

  it('in a worker, reports a crashed worker as KeyDerivationError and still terminates it', async () => {
    class CrashingWorker extends FakeWorker {
      override postMessage() {
        queueMicrotask(() => this.onerror?.({ preventDefault() {} }))
      }
    }
    vi.stubGlobal('Worker', CrashingWorker)
    const attempt = workerKeyDeriver().deriveWrappingKey(new Uint8Array(4), salt, params)
    await expect(attempt).rejects.toBeInstanceOf(KeyDerivationError)
    expect(FakeWorker.last?.terminated).toBe(true)
  })
})
