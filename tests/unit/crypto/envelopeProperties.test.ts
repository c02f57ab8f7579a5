import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { openEnvelope, sealEnvelope } from '@renderer/crypto/envelope'
import { EnvelopeOpenError } from '@renderer/crypto/envelopeOpenError'
import { openRecord, sealRecord } from '@renderer/crypto/recordCodec'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'

let provider: CryptoProvider
beforeAll(async () => {
  provider = await loadSodiumProvider()
})

const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 })

describe('the envelope codec, for any input', () => {
  it('round-trips every plaintext, key and associated data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), key32, fc.uint8Array(), (plain, key, ad) => {
        const envelope = sealEnvelope(provider, plain, key, ad)
        expect(Array.from(openEnvelope(provider, envelope, key, () => ad))).toEqual(
          Array.from(plain),
        )
      }),
    )
  })

  it('answers arbitrary bytes with the generic error and nothing else', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 300 }), key32, (known, raw, key) => {
        // Half the time claim the known version, to reach the decryption step too.
        const bytes = known && raw.length > 0 ? Uint8Array.of(1, ...raw.subarray(1)) : raw
        try {
          openEnvelope(provider, bytes, key, () => new Uint8Array())
        } catch (error) {
          expect(error).toBeInstanceOf(EnvelopeOpenError)
          return
        }
        throw new Error('random bytes opened as an envelope')
      }),
    )
  })

  it('round-trips any JSON payload through a record envelope', () => {
    const address = { journalId: 'j', kind: 'entry', recordId: 'r' }
    fc.assert(
      fc.property(fc.jsonValue(), key32, (payload, key) => {
        const envelope = sealRecord(provider, key, address, payload)
        // JSON cannot tell -0 from 0; compare what JSON itself would give back.
        expect(openRecord(provider, key, address, envelope)).toEqual(
          JSON.parse(JSON.stringify(payload)),
        )
      }),
      { numRuns: 200 },
    )
  })
})
