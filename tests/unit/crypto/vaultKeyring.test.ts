import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { SUBKEY_DERIVATIONS, deriveSubkey } from '@renderer/crypto/subkeys'
import { VaultKeyring, VaultLockedError } from '@renderer/crypto/vaultKeyring'
import { countingBytes, hexFromBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

describe('the keyring of an unlocked journal', () => {
  it('holds the records subkey derived from the vault key', () => {
    const keyring = new VaultKeyring(provider, countingBytes(32))
    expect(keyring.recordsKey()).toEqual(provider.deriveSubkey(countingBytes(32), 1, 'MendRcrd'))
  })

  it('zeroes the vault key and the records key on close, then refuses to hand them out', () => {
    const vaultKey = countingBytes(32, 1)
    const keyring = new VaultKeyring(provider, vaultKey)
    const recordsKey = keyring.recordsKey()
    keyring.close()
    expect(vaultKey.every((byte) => byte === 0)).toBe(true)
    expect(recordsKey.every((byte) => byte === 0)).toBe(true)
    expect(keyring.isOpen).toBe(false)
    expect(() => keyring.vaultKey()).toThrow(VaultLockedError)
    expect(() => keyring.recordsKey()).toThrow(VaultLockedError)
    expect(() => keyring.close()).not.toThrow()
  })
})

describe('purpose subkeys', () => {
  it('use distinct 8-character contexts, so each purpose gets an unrelated key', () => {
    const vaultKey = countingBytes(32)
    const contexts = Object.values(SUBKEY_DERIVATIONS).map((derivation) => derivation.context)
    expect(new Set(contexts).size).toBe(contexts.length)
    for (const context of contexts) expect(context).toHaveLength(8)
    const keys = (['records', 'shareKeys', 'backups'] as const).map((purpose) =>
      hexFromBytes(deriveSubkey(provider, vaultKey, purpose)),
    )
    expect(new Set(keys).size).toBe(3)
  })
})
