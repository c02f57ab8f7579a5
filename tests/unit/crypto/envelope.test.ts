import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { ENVELOPE_VERSION, openEnvelope, sealEnvelope } from '@renderer/crypto/envelope'
import { EnvelopeOpenError } from '@renderer/crypto/envelopeOpenError'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

const key = countingBytes(32)
const otherKey = countingBytes(32, 1)
const associatedData = new TextEncoder().encode('mend.record.v1\u0000journal\u0000entry\u0000e1')
const plaintext = new TextEncoder().encode('The first honest conversation in months.')
const adFor = () => associatedData

function expectUnopenable(envelope: Uint8Array, withKey = key, ad = adFor): void {
  let thrown: unknown
  try {
    openEnvelope(provider, envelope, withKey, ad)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(EnvelopeOpenError)
  expect((thrown as Error).message).toBe('This encrypted item could not be opened.')
}

describe('the envelope', () => {
  it('opens to the same plaintext it sealed', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    expect(Array.from(openEnvelope(provider, envelope, key, adFor))).toEqual(Array.from(plaintext))
  })

  it('is version byte, 24-byte nonce, then ciphertext and a 16-byte tag', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    expect(envelope[0]).toBe(ENVELOPE_VERSION)
    expect(envelope).toHaveLength(1 + 24 + plaintext.length + 16)
  })

  it('uses a fresh random nonce each time, so equal plaintexts never look equal', () => {
    const first = sealEnvelope(provider, plaintext, key, associatedData)
    const second = sealEnvelope(provider, plaintext, key, associatedData)
    expect(first.subarray(1, 25)).not.toEqual(second.subarray(1, 25))
    expect(first.subarray(25)).not.toEqual(second.subarray(25))
  })

  it('refuses to open under the wrong key', () => {
    expectUnopenable(sealEnvelope(provider, plaintext, key, associatedData), otherKey)
  })

  it('refuses to open with different associated data', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    const moved = new TextEncoder().encode('mend.record.v1\u0000journal\u0000entry\u0000e2')
    expectUnopenable(envelope, key, () => moved)
  })

  it('fails when any single byte of nonce, ciphertext or tag is flipped', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    for (let index = 1; index < envelope.length; index += 1) {
      for (const mask of [0x01, 0x80]) {
        const tampered = envelope.slice()
        tampered[index] = (tampered[index] ?? 0) ^ mask
        expectUnopenable(tampered)
      }
    }
  })

  it('fails for every other version byte, so no envelope can be relabelled or downgraded', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    for (let version = 0; version < 256; version += 1) {
      if (version === ENVELOPE_VERSION) continue
      const relabelled = envelope.slice()
      relabelled[0] = version
      expectUnopenable(relabelled)
    }
  })

  it('fails when truncated to any length or extended by a byte', () => {
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    for (let length = 0; length < envelope.length; length += 1) {
      expectUnopenable(envelope.slice(0, length))
    }
    const extended = new Uint8Array(envelope.length + 1)
    extended.set(envelope)
    expectUnopenable(extended)
  })

  it('writes the version byte into the associated data it asks for', () => {
    const seen: number[] = []
    const envelope = sealEnvelope(provider, plaintext, key, associatedData)
    openEnvelope(provider, envelope, key, (version) => {
      seen.push(version)
      return associatedData
    })
    expect(seen).toEqual([ENVELOPE_VERSION])
  })
})
