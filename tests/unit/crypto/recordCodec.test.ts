import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { EnvelopeOpenError } from '@renderer/crypto/envelopeOpenError'
import { openRecord, sealRecord } from '@renderer/crypto/recordCodec'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes } from './cryptoTestKit'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

const key = countingBytes(32)
const address = { journalId: '00112233445566778899aabbccddeeff', kind: 'entry', recordId: 'e1' }
const payload = { title: 'Après la dispute', body: 'We talked until 2 a.m. 🌙', tags: ['honesty'] }

describe('a record envelope', () => {
  it('opens to the payload it was sealed from, Unicode included', () => {
    const envelope = sealRecord(provider, key, address, payload)
    expect(openRecord(provider, key, address, envelope)).toEqual(payload)
  })

  it('hides the exact length: payloads within the same 256-byte block seal to equal sizes', () => {
    const short = sealRecord(provider, key, address, { body: 'a' })
    const longer = sealRecord(provider, key, address, { body: 'a'.repeat(200) })
    expect(short.length).toBe(longer.length)
    expect(short.length).toBe(1 + 24 + 256 + 16)
  })

  it('cannot be moved to another record id', () => {
    const envelope = sealRecord(provider, key, address, payload)
    expect(() => openRecord(provider, key, { ...address, recordId: 'e2' }, envelope)).toThrow(
      EnvelopeOpenError,
    )
  })

  it('cannot be moved to another kind', () => {
    const envelope = sealRecord(provider, key, address, payload)
    expect(() => openRecord(provider, key, { ...address, kind: 'apology' }, envelope)).toThrow(
      EnvelopeOpenError,
    )
  })

  it('cannot be moved into another journal', () => {
    const envelope = sealRecord(provider, key, address, payload)
    const otherJournal = { ...address, journalId: 'ffeeddccbbaa99887766554433221100' }
    expect(() => openRecord(provider, key, otherJournal, envelope)).toThrow(EnvelopeOpenError)
  })

  it('refuses a payload JSON cannot carry, which is a bug in the caller', () => {
    expect(() => sealRecord(provider, key, address, undefined)).toThrow(TypeError)
  })
})
