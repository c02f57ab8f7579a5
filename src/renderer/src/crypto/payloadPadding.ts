import { EnvelopeOpenError } from './envelopeOpenError'

/**
 * Record plaintexts are padded to a multiple of 256 bytes before encryption, so the disk shows
 * each record's size only to the nearest 256 bytes (an entry of 1,000 and one of 1,020 bytes look
 * the same). Scheme: ISO/IEC 7816-4 — one 0x80 byte, then 0x00 bytes up to the boundary.
 */
export const PADDING_BLOCK_BYTES = 256

export function padPayload(unpadded: Uint8Array): Uint8Array {
  const paddedLength = (Math.floor(unpadded.length / PADDING_BLOCK_BYTES) + 1) * PADDING_BLOCK_BYTES
  const padded = new Uint8Array(paddedLength)
  padded.set(unpadded)
  padded[unpadded.length] = 0x80
  return padded
}

/**
 * The original bytes, as a view into `padded`. Runs only on authenticated plaintext, so a padding
 * error here means a bug or a writer that broke the format, never an attacker's probe.
 */
export function unpadPayload(padded: Uint8Array): Uint8Array {
  if (padded.length === 0 || padded.length % PADDING_BLOCK_BYTES !== 0)
    throw new EnvelopeOpenError()
  let index = padded.length - 1
  const lowest = padded.length - PADDING_BLOCK_BYTES
  while (index > lowest && padded[index] === 0x00) index -= 1
  if (padded[index] !== 0x80) throw new EnvelopeOpenError()
  return padded.subarray(0, index)
}
