/**
 * The recovery key: 256 random bits shown once as 24 BIP-39 English words (the last word carries
 * an 8-bit checksum, so a mistyped word is caught before any decryption is tried).
 */
import { entropyToMnemonic, mnemonicToEntropy, validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { KEY_BYTES, type CryptoProvider } from './cryptoProvider'

export const RECOVERY_WORD_COUNT = 24
export const RECOVERY_ENTROPY_BYTES = 32

/**
 * The entropy is already a uniformly random 256-bit secret, so a slow KDF would add nothing; one
 * BLAKE2b-based crypto_kdf step separates the wrapping key from the raw entropy.
 */
export const RECOVERY_KEY_DERIVATION = { context: 'MendRcvy', subkeyId: 1 } as const

// Every word of the list is unique in its first four letters, so people may type just those.
const MIN_PREFIX_LETTERS = 4

export function recoveryWordsFromEntropy(entropy: Uint8Array): readonly string[] {
  if (entropy.length !== RECOVERY_ENTROPY_BYTES)
    throw new RangeError('recovery entropy is 32 bytes')
  return entropyToMnemonic(entropy, wordlist).split(' ')
}

function expandWord(typed: string): string | null {
  if (wordlist.includes(typed)) return typed
  if (typed.length < MIN_PREFIX_LETTERS) return null
  const matches = wordlist.filter((word) => word.startsWith(typed))
  return matches.length === 1 ? (matches[0] ?? null) : null
}

/**
 * Reads what the person typed: any spacing, case, one word per box or all in one box, and
 * four-letter abbreviations. Null unless it is exactly 24 known words with a valid checksum.
 */
export function entropyFromRecoveryWords(typedWords: readonly string[]): Uint8Array | null {
  const typed = typedWords
    .flatMap((chunk) =>
      chunk
        .normalize('NFKD')
        .toLowerCase()
        .split(/[^a-z]+/),
    )
    .filter((word) => word.length > 0)
  if (typed.length !== RECOVERY_WORD_COUNT) return null
  const words: string[] = []
  for (const word of typed) {
    const expanded = expandWord(word)
    if (expanded === null) return null
    words.push(expanded)
  }
  const mnemonic = words.join(' ')
  if (!validateMnemonic(mnemonic, wordlist)) return null
  return mnemonicToEntropy(mnemonic, wordlist)
}

export function deriveRecoveryKey(provider: CryptoProvider, entropy: Uint8Array): Uint8Array {
  if (entropy.length !== KEY_BYTES) throw new RangeError('recovery entropy is 32 bytes')
  const { context, subkeyId } = RECOVERY_KEY_DERIVATION
  return provider.deriveSubkey(entropy, subkeyId, context)
}
