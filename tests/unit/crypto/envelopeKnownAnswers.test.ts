/** The app's own codecs must produce the exact bytes of FORMAT.md section 14. */
import { describe, expect, it } from 'vitest'
import { sealPassphraseSlot } from '@renderer/crypto/keySlots'
import { sealRecord } from '@renderer/crypto/recordCodec'
import { deriveSubkey } from '@renderer/crypto/subkeys'
import { countingBytes, hexFromBytes, providerWithFixedRandom } from './cryptoTestKit'
import { KAT_JOURNAL_ID as journalId, PASSPHRASE_SLOT_KAT, RECORD_KAT } from './knownAnswers'

describe("the app's envelopes, given fixed keys and nonces", () => {
  it('seal the passphrase slot to the documented 73 bytes', async () => {
    const provider = await providerWithFixedRandom([countingBytes(24, 0x40)])
    const slot = sealPassphraseSlot(
      provider,
      countingBytes(32, 0x20),
      countingBytes(32),
      journalId,
      {
        opsLimit: 3,
        memLimitBytes: 268435456,
      },
    )
    expect(hexFromBytes(slot)).toBe(PASSPHRASE_SLOT_KAT)
  })

  it('seal a record to the documented bytes, padding included', async () => {
    const provider = await providerWithFixedRandom([countingBytes(24, 0x40)])
    const recordsKey = deriveSubkey(provider, countingBytes(32, 0x20), 'records')
    const envelope = sealRecord(
      provider,
      recordsKey,
      { journalId, kind: 'entry', recordId: 'kat-1' },
      { t: 'Mend' },
    )
    expect(hexFromBytes(envelope)).toBe(RECORD_KAT)
    expect(envelope).toHaveLength(1 + 24 + 256 + 16)
  })
})
