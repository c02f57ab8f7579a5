/**
 * New recovery words: fresh entropy, the same vault key wrapped under the key of the new words,
 * and the header's recovery slot swapped in one transaction (docs/FORMAT.md §10). Nothing else in
 * the header or the records changes, so an interruption leaves the old words or the new ones
 * working, never neither, and the passphrase works throughout.
 */
import { sealRecoverySlot } from '../crypto/keySlots'
import {
  RECOVERY_ENTROPY_BYTES,
  deriveRecoveryKey,
  recoveryWordsFromEntropy,
} from '../crypto/recoveryWords'
import { HEADER_ROW_ID, parseHeaderRow } from './headerRow'
import type { HeaderRow, JournalDatabase } from './journalDatabase'
import { HeaderChangedError } from './passphraseSlotWriter'
import { sameBytes } from './sameBytes'
import type { VaultContext } from './vaultContext'

export interface RecoverySlotReplacement {
  readonly context: VaultContext
  readonly db: JournalDatabase
  readonly journalId: string
  readonly vaultKey: Uint8Array
  /**
   * The header the person's passphrase was just checked against. The write happens only if both
   * slots are still exactly these: a passphrase changed meanwhile in another window would no
   * longer be the one they proved, and words made meanwhile elsewhere must not be silently lost.
   */
  readonly checkedHeader: HeaderRow
}

/** The 24 new words. Throws on any failure; the header is then exactly as it was. */
export async function replaceRecoverySlot(
  replacement: RecoverySlotReplacement,
): Promise<readonly string[]> {
  const { context, db, journalId, vaultKey, checkedHeader } = replacement
  const { provider } = context
  const entropy = provider.randomBytes(RECOVERY_ENTROPY_BYTES)
  const recoveryKey = deriveRecoveryKey(provider, entropy)
  let recoverySlot: Uint8Array
  let words: readonly string[]
  try {
    recoverySlot = sealRecoverySlot(provider, vaultKey, recoveryKey, journalId)
    words = recoveryWordsFromEntropy(entropy)
  } finally {
    provider.memzero(recoveryKey)
    provider.memzero(entropy)
  }
  await db.transaction('rw', db.header, async () => {
    const current = parseHeaderRow(await db.header.get(HEADER_ROW_ID), journalId)
    if (!current) throw new HeaderChangedError('the vault header is missing or damaged')
    const unchanged =
      sameBytes(current.passphraseSlot, checkedHeader.passphraseSlot) &&
      sameBytes(current.recoverySlot, checkedHeader.recoverySlot)
    if (!unchanged) throw new HeaderChangedError('the key slots changed meanwhile')
    await db.header.put({ ...current, recoverySlot })
  })
  return words
}
