/**
 * Associated data: authenticated with every ciphertext but not stored with it. A reader must
 * rebuild exactly these bytes, so a ciphertext moved to another record, journal, kind, slot or
 * version fails to open. Layout (docs/FORMAT.md, "Associated data"): UTF-8 text fields joined by
 * one 0x00 byte. Only the last field may be caller-chosen, and no field may contain 0x00, so the
 * encoding is unambiguous.
 */
import type { KdfParams } from './kdfParams'

const encoder = new TextEncoder()

function joinFields(fields: readonly string[]): Uint8Array {
  for (const field of fields) {
    if (field.includes('\u0000')) throw new RangeError('associated data fields never contain NUL')
  }
  return encoder.encode(fields.join('\u0000'))
}

/** For a record envelope whose version byte is `envelopeVersion`. */
export function recordAssociatedData(
  envelopeVersion: number,
  journalId: string,
  kind: string,
  recordId: string,
): Uint8Array {
  return joinFields([`mend.record.v${envelopeVersion}`, journalId, kind, recordId])
}

/** For the passphrase slot: the Argon2id parameters are bound too, so they cannot be swapped. */
export function passphraseSlotAssociatedData(
  envelopeVersion: number,
  journalId: string,
  params: KdfParams,
): Uint8Array {
  return joinFields([
    `mend.slot.v${envelopeVersion}`,
    journalId,
    'passphrase',
    'argon2id13',
    String(params.opsLimit),
    String(params.memLimitBytes),
  ])
}

export function recoverySlotAssociatedData(envelopeVersion: number, journalId: string): Uint8Array {
  return joinFields([`mend.slot.v${envelopeVersion}`, journalId, 'recovery'])
}

/** For the share secret key sealed inside a 'share-key' record, bound to its public key. */
export function shareSecretKeyAssociatedData(
  envelopeVersion: number,
  journalId: string,
  publicKeyHex: string,
): Uint8Array {
  return joinFields([`mend.sharekey.v${envelopeVersion}`, journalId, publicKeyHex])
}
