import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import {
  deriveRecoveryKey,
  entropyFromRecoveryWords,
  recoveryWordsFromEntropy,
} from '@renderer/crypto/recoveryWords'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes, hexFromBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

describe('recovery words', () => {
  it('encode 256 bits as the standard BIP-39 English words', () => {
    // The BIP-39 reference vector for 32 zero bytes.
    const words = recoveryWordsFromEntropy(new Uint8Array(32))
    expect(words).toEqual([...Array<string>(23).fill('abandon'), 'art'])
  })

  it('read back whatever the spacing, case or number of boxes', () => {
    const entropy = countingBytes(32, 9)
    const words = recoveryWordsFromEntropy(entropy)
    const messy = [`  ${words.slice(0, 12).join('\n').toUpperCase()} `, ...words.slice(12)]
    expect(entropyFromRecoveryWords(messy)).toEqual(entropy)
    expect(entropyFromRecoveryWords([words.join(', ')])).toEqual(entropy)
  })

  it('accept the first four letters of each word, which identify it uniquely', () => {
    const entropy = countingBytes(32, 50)
    const words = recoveryWordsFromEntropy(entropy)
    expect(entropyFromRecoveryWords(words.map((word) => word.slice(0, 4)))).toEqual(entropy)
  })

  it('reject a wrong word, a swapped pair, a missing word or an unknown word', () => {
    const words = [...recoveryWordsFromEntropy(countingBytes(32, 3))]
    const swapped = [...words]
    ;[swapped[0], swapped[1]] = [swapped[1] as string, swapped[0] as string]
    expect(entropyFromRecoveryWords(swapped)).toBeNull()
    expect(entropyFromRecoveryWords(words.slice(1))).toBeNull()
    expect(entropyFromRecoveryWords([...words.slice(1), 'notaword'])).toBeNull()
    expect(entropyFromRecoveryWords(['aban', ...words.slice(1)])).toBeNull()
  })

  it('derive the wrapping key with BLAKE2b under the MendRcvy context', () => {
    const key = deriveRecoveryKey(provider, new Uint8Array(32))
    expect(key).toHaveLength(32)
    expect(hexFromBytes(key)).toBe(
      hexFromBytes(provider.deriveSubkey(new Uint8Array(32), 1, 'MendRcvy')),
    )
  })
})
