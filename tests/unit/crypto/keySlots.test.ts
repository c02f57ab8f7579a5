import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import {
  openPassphraseSlot,
  openRecoverySlot,
  sealPassphraseSlot,
  sealRecoverySlot,
} from '@renderer/crypto/keySlots'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

const vaultKey = countingBytes(32, 100)
const wrappingKey = countingBytes(32, 7)
const journalId = '00112233445566778899aabbccddeeff'
const params = { opsLimit: 3, memLimitBytes: 268435456 }

describe('key slots', () => {
  it('wrap the vault key into 73 bytes that unwrap to the same key', () => {
    const slot = sealPassphraseSlot(provider, vaultKey, wrappingKey, journalId, params)
    expect(slot).toHaveLength(73)
    expect(openPassphraseSlot(provider, slot, wrappingKey, journalId, params)).toEqual(vaultKey)
  })

  it('do not open when the stored Argon2id parameters were changed', () => {
    const slot = sealPassphraseSlot(provider, vaultKey, wrappingKey, journalId, params)
    const lowered = { ...params, opsLimit: 1 }
    expect(openPassphraseSlot(provider, slot, wrappingKey, journalId, lowered)).toBeNull()
  })

  it('do not open in another journal or as the other kind of slot', () => {
    const slot = sealPassphraseSlot(provider, vaultKey, wrappingKey, journalId, params)
    const otherJournal = 'ffeeddccbbaa99887766554433221100'
    expect(openPassphraseSlot(provider, slot, wrappingKey, otherJournal, params)).toBeNull()
    expect(openRecoverySlot(provider, slot, wrappingKey, journalId)).toBeNull()
    const recovery = sealRecoverySlot(provider, vaultKey, wrappingKey, journalId)
    expect(openRecoverySlot(provider, recovery, wrappingKey, journalId)).toEqual(vaultKey)
    expect(openPassphraseSlot(provider, recovery, wrappingKey, journalId, params)).toBeNull()
  })

  it('answer a wrong key with null, never an exception', () => {
    const slot = sealPassphraseSlot(provider, vaultKey, wrappingKey, journalId, params)
    expect(openPassphraseSlot(provider, slot, countingBytes(32), journalId, params)).toBeNull()
    expect(
      openPassphraseSlot(provider, slot.subarray(0, 40), wrappingKey, journalId, params),
    ).toBeNull()
  })
})
