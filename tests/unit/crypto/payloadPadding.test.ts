import { describe, expect, it } from 'vitest'
import { EnvelopeOpenError } from '@renderer/crypto/envelopeOpenError'
import { PADDING_BLOCK_BYTES, padPayload, unpadPayload } from '@renderer/crypto/payloadPadding'

describe('payload padding', () => {
  it('pads every length to the next multiple of 256 bytes, always adding at least one byte', () => {
    for (const length of [0, 1, 255, 256, 257, 511, 512, 2048]) {
      const padded = padPayload(new Uint8Array(length).fill(0x41))
      expect(padded.length % PADDING_BLOCK_BYTES).toBe(0)
      expect(padded.length).toBeGreaterThan(length)
      expect(padded.length - length).toBeLessThanOrEqual(PADDING_BLOCK_BYTES)
      expect(padded[length]).toBe(0x80)
      expect(Array.from(unpadPayload(padded))).toEqual(
        Array.from(new Uint8Array(length).fill(0x41)),
      )
    }
  })

  it('keeps payload bytes that look like padding', () => {
    const tricky = Uint8Array.of(0x7b, 0x80, 0x00, 0x00)
    expect(Array.from(unpadPayload(padPayload(tricky)))).toEqual(Array.from(tricky))
  })

  it('rejects a block without the 0x80 marker, a wrong length, or padding longer than a block', () => {
    expect(() => unpadPayload(new Uint8Array(256))).toThrow(EnvelopeOpenError)
    expect(() => unpadPayload(new Uint8Array(100))).toThrow(EnvelopeOpenError)
    expect(() => unpadPayload(new Uint8Array(0))).toThrow(EnvelopeOpenError)
    const tooMuch = new Uint8Array(512)
    tooMuch[0] = 0x80
    expect(() => unpadPayload(tooMuch)).toThrow(EnvelopeOpenError)
  })
})
