import { beforeAll, describe, expect, it } from 'vitest'
import { bech32mEncode, bech32mSymbols, bech32mVerify } from '@renderer/crypto/bech32m'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { formatShareCode, isSameShareCode, parseShareCode } from '@renderer/crypto/shareCode'
import { shareFingerprint } from '@renderer/crypto/shareFingerprint'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes, hexFromBytes } from './cryptoTestKit'
import { SHARE_CODE_KAT } from './shareKnownAnswers'

let provider: CryptoProvider
const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

beforeAll(async () => {
  provider = await loadSodiumProvider()
})

function errorCode(typed: string): string | null {
  const parsed = parseShareCode(typed)
  return parsed.ok ? null : parsed.error.code
}

describe('bech32m', () => {
  it('accepts the valid strings of BIP-350 and makes the same checksums', () => {
    for (const valid of ['a1lqfn3a', 'abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx', '?1v759aa']) {
      const separator = valid.lastIndexOf('1')
      const read = bech32mSymbols(valid.slice(separator + 1))
      if (!('symbols' in read)) throw new Error('unexpected character')
      const prefix = valid.slice(0, separator)
      expect(bech32mVerify(prefix, read.symbols)).toBe(true)
      expect(bech32mEncode(prefix, read.symbols.slice(0, -6))).toBe(valid)
    }
  })
})

describe('share codes', () => {
  it('encode a public key as mend1- and four-character groups, and read back the same key', () => {
    const publicKey = countingBytes(32, 0x20)
    const code = formatShareCode(publicKey)
    expect(code).toMatch(/^mend1-[a-z0-9]{4}(-[a-z0-9]{1,4})+$/)
    expect(code.replace(/-/g, '')).toHaveLength(5 + 59)
    const parsed = parseShareCode(code)
    expect(parsed.ok && hexFromBytes(parsed.value)).toBe(hexFromBytes(publicKey))
  })

  it('match the known answer of FORMAT.md', () => {
    const { publicKeyHex, shareCode, fingerprint } = SHARE_CODE_KAT
    const publicKey = Uint8Array.from(Buffer.from(publicKeyHex, 'hex'))
    expect(formatShareCode(publicKey)).toBe(shareCode)
    expect(shareFingerprint(provider, publicKey)).toEqual(fingerprint)
  })

  it('forgive capitals, spaces and missing or extra dashes', () => {
    const code = formatShareCode(countingBytes(32, 0x90))
    const retyped = `  ${code.toUpperCase().replace(/-/g, ' ')} `
    expect(isSameShareCode(code, retyped)).toBe(true)
    expect(isSameShareCode(code, code.replace(/-/g, ''))).toBe(true)
    expect(isSameShareCode(code, formatShareCode(countingBytes(32, 0x91)))).toBe(false)
  })

  it('catch every single mistyped character as a typo', () => {
    const code = formatShareCode(countingBytes(32, 0x33)).replace(/-/g, '')
    for (let position = 5; position < code.length; position += 1) {
      const original = code[position] as string
      const replacement = ALPHABET[(ALPHABET.indexOf(original) + 7) % 32] as string
      const typo = code.slice(0, position) + replacement + code.slice(position + 1)
      expect(errorCode(typo), `position ${position}`).toBe('share-code-typo')
    }
  })

  it('catch two neighbouring characters swapped', () => {
    const code = formatShareCode(countingBytes(32, 0x44)).replace(/-/g, '')
    for (let position = 5; position < code.length - 1; position += 1) {
      if (code[position] === code[position + 1]) continue
      const swapped =
        code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2)
      expect(errorCode(swapped)).toBe('share-code-typo')
    }
  })

  it('explain what is wrong, calmly, for each kind of bad input', () => {
    const code = formatShareCode(countingBytes(32, 0x55))
    expect(errorCode('')).toBe('share-code-empty')
    expect(errorCode('hello there')).toBe('share-code-not-mend')
    expect(errorCode(code.slice(0, -1))).toBe('share-code-typo')
    expect(errorCode(`${code}q`)).toBe('share-code-typo')
    const withB = parseShareCode(`${code.slice(0, 10)}b${code.slice(11)}`)
    expect(!withB.ok && withB.error.message).toMatch(/typo: "b" never appears/)
    const newer = bech32mEncode('mend', [2, ...Array.from({ length: 52 }, () => 0)])
    expect(errorCode(newer)).toBe('share-code-too-new')
    const parsed = parseShareCode(code.slice(0, -2))
    expect(!parsed.ok && parsed.error.message).toMatch(/^This share code has a typo: .+\.$/)
  })
})

describe('fingerprints', () => {
  it('are six words from the BIP-39 list, stable for one key and different for another', () => {
    const first = shareFingerprint(provider, countingBytes(32, 1))
    expect(first).toHaveLength(6)
    expect(shareFingerprint(provider, countingBytes(32, 1))).toEqual(first)
    expect(shareFingerprint(provider, countingBytes(32, 2))).not.toEqual(first)
  })
})
