/**
 * A one-time passphrase Mend can suggest for a bundle: six words from the BIP-39 English list,
 * 66 random bits. Behind Argon2id at 256 MiB, guessing it from a copied file would take longer
 * than the bundle could matter, yet it is easy to read out over the phone.
 */
import { wordlist } from '@scure/bip39/wordlists/english.js'
import type { CryptoProvider } from './cryptoProvider'

const WORDS = 6
// 2,048 words: 11 bits each, taken from 16 random bits (65,536 is a multiple of 2,048: no bias).
const WORD_MASK = 0x7ff

export function suggestBundlePassphrase(provider: CryptoProvider): string {
  const random = provider.randomBytes(WORDS * 2)
  const words: string[] = []
  for (let index = 0; index < WORDS; index += 1) {
    const value = ((random[index * 2] ?? 0) << 8) | (random[index * 2 + 1] ?? 0)
    words.push(wordlist[value & WORD_MASK] ?? '')
  }
  random.fill(0)
  return words.join(' ')
}
