import sodium from 'libsodium-wrappers-sumo'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { bytesFromHex, countingBytes, hexFromBytes } from './cryptoTestKit'

let provider: CryptoProvider
const empty = new Uint8Array(0)

beforeAll(async () => {
  provider = await loadSodiumProvider()
  await sodium.ready
})

describe('the provider primitives sharing and backups are built on', () => {
  it('agrees on one X25519 secret from either side, and refuses a low-order public key', () => {
    const alice = countingBytes(32, 0x10)
    const bob = countingBytes(32, 0x70)
    const fromAlice = provider.x25519SharedSecret(alice, provider.x25519PublicKey(bob))
    const fromBob = provider.x25519SharedSecret(bob, provider.x25519PublicKey(alice))
    expect(fromAlice).not.toBeNull()
    expect(hexFromBytes(fromAlice as Uint8Array)).toBe(hexFromBytes(fromBob as Uint8Array))
    expect(provider.x25519SharedSecret(alice, new Uint8Array(32))).toBeNull()
  })

  it('matches RFC 7748 section 6.1 for X25519', () => {
    const aliceSecret = bytesFromHex(
      '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    )
    const bobPublic = bytesFromHex(
      'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    )
    expect(hexFromBytes(provider.x25519PublicKey(aliceSecret))).toBe(
      '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    )
    expect(hexFromBytes(provider.x25519SharedSecret(aliceSecret, bobPublic) as Uint8Array)).toBe(
      '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
    )
  })

  it('hashes with BLAKE2b as RFC 7693 appendix A does, keyed or not', () => {
    const abc = new TextEncoder().encode('abc')
    expect(hexFromBytes(provider.blake2b(64, abc, null))).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
        '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    )
    const key = countingBytes(32)
    expect(hexFromBytes(provider.blake2b(16, abc, key))).toBe(
      hexFromBytes(sodium.crypto_generichash(16, abc, key)),
    )
    expect(() => provider.blake2b(8, abc, null)).toThrow(RangeError)
  })

  it('streams chunks that only open in order, with the final tag where it was written', () => {
    const key = countingBytes(32, 0x40)
    const pusher = provider.secretStreamPush(key)
    const first = pusher.push(new Uint8Array([1, 2, 3]), new Uint8Array([9]), false)
    const last = pusher.push(new Uint8Array([4]), empty, true)
    expect(first).toHaveLength(3 + 17)
    expect(() => pusher.push(empty, empty, true)).toThrow()

    const reader = provider.secretStreamPull(key, pusher.header)
    expect(reader.pull(first, new Uint8Array([9]))).toEqual({
      plaintext: new Uint8Array([1, 2, 3]),
      final: false,
    })
    expect(reader.pull(last, empty)).toEqual({ plaintext: new Uint8Array([4]), final: true })

    const swapped = provider.secretStreamPull(key, pusher.header)
    expect(swapped.pull(last, empty)).toBeNull()
    expect(swapped.pull(first, new Uint8Array([9]))).toBeNull()

    const wrongAd = provider.secretStreamPull(key, pusher.header)
    expect(wrongAd.pull(first, empty)).toBeNull()
    expect(provider.secretStreamPull(key, pusher.header).pull(new Uint8Array(5), empty)).toBeNull()
  })
})
