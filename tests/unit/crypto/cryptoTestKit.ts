import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'

export function bytesFromHex(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '')
  return Uint8Array.from(clean.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
}

export function hexFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** 0x00, 0x01, … : readable key and nonce material for known-answer tests. */
export function countingBytes(length: number, start = 0): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (start + index) & 0xff)
}

/**
 * The real provider, except that "random" bytes come from a fixed queue, so envelopes have
 * exact expected bytes. Only for tests: the app's provider always uses crypto.getRandomValues.
 */
export async function providerWithFixedRandom(queue: Uint8Array[]): Promise<CryptoProvider> {
  const real = await loadSodiumProvider()
  return {
    ...real,
    randomBytes(length) {
      const next = queue.shift()
      if (!next || next.length !== length)
        throw new Error(`no fixed random bytes of length ${length}`)
      return next
    },
  }
}

/** Byte equality without Vitest's element-by-element diff, which takes seconds on large arrays. */
export function sameBytes(actual: Uint8Array | null | undefined, expected: Uint8Array): boolean {
  return actual instanceof Uint8Array && Buffer.from(actual).equals(Buffer.from(expected))
}
