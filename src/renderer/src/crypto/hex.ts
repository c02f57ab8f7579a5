/** Lowercase hex, the one text form of keys and ids inside record payloads and fixtures. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Null unless `hex` is an even number of lowercase hex digits (and `length` bytes, if given). */
export function hexToBytes(hex: string, length?: number): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return null
  if (length !== undefined && hex.length !== length * 2) return null
  const bytes = new Uint8Array(hex.length / 2)
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  }
  return bytes
}
