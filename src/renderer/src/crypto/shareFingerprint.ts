/**
 * Six words to read aloud when partners compare share codes in person or on a call ("does yours
 * say orbit, lumber, …?"). A share code is too long to compare by voice; the words are a hash of
 * the public key (docs/FORMAT.md §17.4):
 *
 *   h = BLAKE2b-256(UTF8("mend.fingerprint.v1") || 0x00 || publicKey)
 *   words = the first 66 bits of h, as six 11-bit big-endian indexes into the BIP-39 English list
 *
 * 66 bits: someone who wanted a key of their own with the same six words would need about 2^65
 * X25519 key generations, far beyond any attacker a couple faces.
 */
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { X25519_KEY_BYTES, type CryptoProvider } from './cryptoProvider'

export const FINGERPRINT_WORD_COUNT = 6
const BITS_PER_WORD = 11
const DOMAIN = new TextEncoder().encode('mend.fingerprint.v1\u0000')

export function shareFingerprint(
  provider: CryptoProvider,
  publicKey: Uint8Array,
): readonly string[] {
  if (publicKey.length !== X25519_KEY_BYTES) throw new RangeError('a share key is 32 bytes')
  const message = new Uint8Array(DOMAIN.length + publicKey.length)
  message.set(DOMAIN)
  message.set(publicKey, DOMAIN.length)
  const hash = provider.blake2b(32, message, null)
  const words: string[] = []
  for (let word = 0; word < FINGERPRINT_WORD_COUNT; word += 1) {
    let index = 0
    for (let bit = word * BITS_PER_WORD; bit < (word + 1) * BITS_PER_WORD; bit += 1) {
      const byte = hash[bit >>> 3] ?? 0
      index = (index << 1) | ((byte >>> (7 - (bit & 7))) & 1)
    }
    words.push(wordlist[index] ?? '')
  }
  return words
}
