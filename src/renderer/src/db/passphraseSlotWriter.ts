/**
 * Replaces the passphrase slot of a journal: derive a new wrapping key (fresh salt, current
 * parameters), wrap the same vault key, and swap the header's slot and KDF fields in one
 * transaction. Records are untouched, so an interruption leaves either the old or the new
 * passphrase working, never neither.
 */
import { SALT_BYTES } from '../crypto/cryptoProvider'
import { assertKdfParamsAllowed } from '../crypto/kdfPolicy'
import type { KdfParams } from '../crypto/kdfParams'
import { sealPassphraseSlot } from '../crypto/keySlots'
import { passphraseToBytes } from '../crypto/passphraseBytes'
import { HEADER_ROW_ID, parseHeaderRow } from './headerRow'
import type { JournalDatabase } from './journalDatabase'
import { sameBytes } from './sameBytes'
import type { VaultContext } from './vaultContext'

export class HeaderChangedError extends Error {
  override readonly name = 'HeaderChangedError'
}

export interface SlotReplacement {
  readonly context: VaultContext
  readonly db: JournalDatabase
  readonly journalId: string
  readonly vaultKey: Uint8Array
  readonly passphrase: string
  readonly params: KdfParams
  /** When given, the write happens only if the stored slot is still exactly these bytes. */
  readonly expectedCurrentSlot?: Uint8Array
}

/** Throws on any failure; the header is then exactly as it was. */
export async function replacePassphraseSlot(replacement: SlotReplacement): Promise<void> {
  const { context, db, journalId, vaultKey, passphrase, params, expectedCurrentSlot } = replacement
  assertKdfParamsAllowed(params)
  const salt = context.provider.randomBytes(SALT_BYTES)
  const wrappingKey = await context.deriver.deriveWrappingKey(
    passphraseToBytes(passphrase),
    salt,
    params,
  )
  let passphraseSlot: Uint8Array
  try {
    passphraseSlot = sealPassphraseSlot(context.provider, vaultKey, wrappingKey, journalId, params)
  } finally {
    context.provider.memzero(wrappingKey)
  }
  await db.transaction('rw', db.header, async () => {
    const current = parseHeaderRow(await db.header.get(HEADER_ROW_ID), journalId)
    if (!current) throw new HeaderChangedError('the vault header is missing or damaged')
    if (expectedCurrentSlot && !sameBytes(current.passphraseSlot, expectedCurrentSlot)) {
      throw new HeaderChangedError('the passphrase slot changed meanwhile')
    }
    await db.header.put({
      ...current,
      kdf: { ...current.kdf, opsLimit: params.opsLimit, memLimitBytes: params.memLimitBytes, salt },
      passphraseSlot,
    })
  })
}
