/**
 * Key slots: the vault key wrapped (as an envelope) under a key the person can reproduce — the
 * Argon2id key of their passphrase, or the key derived from their recovery words. Both slots
 * hold the same 32-byte vault key, so either one opens the journal.
 */
import { passphraseSlotAssociatedData, recoverySlotAssociatedData } from './associatedData'
import { KEY_BYTES, type CryptoProvider } from './cryptoProvider'
import { ENVELOPE_VERSION, openEnvelope, sealEnvelope } from './envelope'
import { EnvelopeOpenError } from './envelopeOpenError'
import type { KdfParams } from './kdfParams'

export function sealPassphraseSlot(
  provider: CryptoProvider,
  vaultKey: Uint8Array,
  wrappingKey: Uint8Array,
  journalId: string,
  params: KdfParams,
): Uint8Array {
  const associatedData = passphraseSlotAssociatedData(ENVELOPE_VERSION, journalId, params)
  return sealEnvelope(provider, vaultKey, wrappingKey, associatedData)
}

export function sealRecoverySlot(
  provider: CryptoProvider,
  vaultKey: Uint8Array,
  recoveryKey: Uint8Array,
  journalId: string,
): Uint8Array {
  const associatedData = recoverySlotAssociatedData(ENVELOPE_VERSION, journalId)
  return sealEnvelope(provider, vaultKey, recoveryKey, associatedData)
}

/** The vault key, or null: a wrong passphrase and a damaged slot are indistinguishable. */
export function openPassphraseSlot(
  provider: CryptoProvider,
  slot: Uint8Array,
  wrappingKey: Uint8Array,
  journalId: string,
  params: KdfParams,
): Uint8Array | null {
  return openSlot(provider, slot, wrappingKey, (version) =>
    passphraseSlotAssociatedData(version, journalId, params),
  )
}

export function openRecoverySlot(
  provider: CryptoProvider,
  slot: Uint8Array,
  recoveryKey: Uint8Array,
  journalId: string,
): Uint8Array | null {
  return openSlot(provider, slot, recoveryKey, (version) =>
    recoverySlotAssociatedData(version, journalId),
  )
}

function openSlot(
  provider: CryptoProvider,
  slot: Uint8Array,
  key: Uint8Array,
  associatedDataFor: (version: number) => Uint8Array,
): Uint8Array | null {
  try {
    const vaultKey = openEnvelope(provider, slot, key, associatedDataFor)
    if (vaultKey.length === KEY_BYTES) return vaultKey
    provider.memzero(vaultKey)
    return null
  } catch (error) {
    if (error instanceof EnvelopeOpenError) return null
    throw error
  }
}
