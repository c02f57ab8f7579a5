/**
 * Bech32m (BIP-350): a case-insensitive text encoding whose six-character BCH checksum is
 * guaranteed to catch any error in up to four characters of a string under 90 characters, and
 * misses other errors with probability about 1 in 10^9. Share codes use it so a typo is caught
 * before anything is sealed to a key nobody holds.
 */
const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const
const BECH32M_CONSTANT = 0x2bc830a3
export const BECH32M_CHECKSUM_LENGTH = 6

function polymod(values: readonly number[]): number {
  let checksum = 1
  for (const value of values) {
    const top = checksum >>> 25
    checksum = (((checksum & 0x1ffffff) << 5) ^ value) >>> 0
    GENERATORS.forEach((generator, bit) => {
      if ((top >>> bit) & 1) checksum = (checksum ^ generator) >>> 0
    })
  }
  return checksum
}

function expandPrefix(prefix: string): number[] {
  const codes = Array.from(prefix, (char) => char.charCodeAt(0))
  return [...codes.map((code) => code >>> 5), 0, ...codes.map((code) => code & 31)]
}

/** `prefix` + "1" + the 5-bit `symbols` + checksum, all lowercase. */
export function bech32mEncode(prefix: string, symbols: readonly number[]): string {
  const check = polymod([...expandPrefix(prefix), ...symbols, 0, 0, 0, 0, 0, 0]) ^ BECH32M_CONSTANT
  const checksum = Array.from(
    { length: BECH32M_CHECKSUM_LENGTH },
    (_, index) => (check >>> (5 * (5 - index))) & 31,
  )
  return `${prefix}1${[...symbols, ...checksum].map((symbol) => ALPHABET[symbol]).join('')}`
}

/** The 5-bit value of each character, or the first character outside the alphabet. */
export function bech32mSymbols(
  text: string,
): { readonly symbols: readonly number[] } | { readonly badCharacter: string } {
  const symbols: number[] = []
  for (const char of text) {
    const symbol = ALPHABET.indexOf(char)
    if (symbol < 0) return { badCharacter: char }
    symbols.push(symbol)
  }
  return { symbols }
}

/** True when `symbols` (data followed by the six checksum symbols) check out under `prefix`. */
export function bech32mVerify(prefix: string, symbols: readonly number[]): boolean {
  return polymod([...expandPrefix(prefix), ...symbols]) === BECH32M_CONSTANT
}

/** 8-bit bytes as 5-bit symbols, the last one padded with zero bits. */
export function bytesToSymbols(bytes: Uint8Array): number[] {
  const symbols: number[] = []
  let accumulator = 0
  let bits = 0
  for (const byte of bytes) {
    accumulator = ((accumulator << 8) | byte) & 0xfff
    bits += 8
    while (bits >= 5) {
      bits -= 5
      symbols.push((accumulator >>> bits) & 31)
    }
  }
  if (bits > 0) symbols.push((accumulator << (5 - bits)) & 31)
  return symbols
}

/** The inverse of bytesToSymbols; null if the padding is longer than 4 bits or not zero. */
export function symbolsToBytes(symbols: readonly number[]): Uint8Array | null {
  const bytes: number[] = []
  let accumulator = 0
  let bits = 0
  for (const symbol of symbols) {
    accumulator = ((accumulator << 5) | symbol) & 0xfff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((accumulator >>> bits) & 0xff)
    }
  }
  if (bits >= 5 || (accumulator & ((1 << bits) - 1)) !== 0) return null
  return Uint8Array.from(bytes)
}
