/**
 * Encrypt + decrypt throughput of 10,000 records of 2 KiB: libsodium through the app's own
 * envelope code (random nonce from getRandomValues, associated data, version byte), beside
 * WebCrypto AES-256-GCM doing the equivalent work in the same page.
 */
import { openEnvelope, sealEnvelope } from '@renderer/crypto/envelope'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { round } from '../benchTiming'
import type { BenchCase } from '../types'

const RECORDS = 10_000
const RECORD_BYTES = 2048
// Bytes through the cipher: each record is encrypted once and decrypted once.
const MEGABYTES = (RECORDS * RECORD_BYTES * 2) / 1e6

function makeRecords(): Uint8Array<ArrayBuffer>[] {
  return Array.from({ length: RECORDS }, () => crypto.getRandomValues(new Uint8Array(RECORD_BYTES)))
}

function associatedData(index: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`mend.record.v1\u0000bench\u0000entry\u0000${index}`)
}

async function sodiumMs(records: readonly Uint8Array<ArrayBuffer>[]): Promise<number> {
  const provider = await loadSodiumProvider()
  const key = crypto.getRandomValues(new Uint8Array(32))
  const started = performance.now()
  const sealed = records.map((record, index) =>
    sealEnvelope(provider, record, key, associatedData(index)),
  )
  for (let index = 0; index < sealed.length; index += 1) {
    const ad = associatedData(index)
    openEnvelope(provider, sealed[index] as Uint8Array, key, () => ad)
  }
  return performance.now() - started
}

/** All operations in flight at once: WebCrypto's fastest pattern, so the comparison is fair to it. */
async function webCryptoMs(records: readonly Uint8Array<ArrayBuffer>[]): Promise<number> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  const started = performance.now()
  const sealed = await Promise.all(
    records.map(async (record, index) => {
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const params = { name: 'AES-GCM', iv, additionalData: associatedData(index) }
      return { iv, ciphertext: await crypto.subtle.encrypt(params, key, record) }
    }),
  )
  await Promise.all(
    sealed.map(({ iv, ciphertext }, index) =>
      crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: associatedData(index) },
        key,
        ciphertext,
      ),
    ),
  )
  return performance.now() - started
}

const aeadThroughput: BenchCase = {
  name: 'Record encryption throughput',
  async run() {
    const records = makeRecords()
    // One warm-up pass each, so neither side pays for compilation in the measured pass.
    await sodiumMs(records.slice(0, 500))
    await webCryptoMs(records.slice(0, 500))
    const sodium = Math.min(await sodiumMs(records), await sodiumMs(records))
    const webCrypto = Math.min(await webCryptoMs(records), await webCryptoMs(records))
    const sodiumRate = MEGABYTES / (sodium / 1000)
    const webCryptoRate = MEGABYTES / (webCrypto / 1000)
    return [
      {
        name: 'libsodium XChaCha20-Poly1305 envelope, 10,000 × 2 KiB enc+dec',
        value: round(sodiumRate),
        unit: 'MB/s',
      },
      { name: '  same, total time', value: round(sodium, 0), unit: 'ms' },
      {
        name: 'WebCrypto AES-256-GCM, 10,000 × 2 KiB enc+dec',
        value: round(webCryptoRate),
        unit: 'MB/s',
      },
      { name: '  same, total time', value: round(webCrypto, 0), unit: 'ms' },
      {
        name: 'libsodium / WebCrypto throughput',
        value: round(sodiumRate / webCryptoRate, 2),
        unit: '×',
        goal: '≥ 0.8×',
      },
    ]
  },
}

export default aeadThroughput
