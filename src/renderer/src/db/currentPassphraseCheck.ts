/**
 * Proof that the person at an unlocked journal knows its passphrase, asked before anything that
 * changes how the journal is opened (a new passphrase, new recovery words). An unlocked window
 * alone must not be enough: anyone passing an unattended computer could otherwise lock the owner
 * out, or take a fresh set of recovery words home.
 */
import { ok, type Result } from '@shared/result'
import { openPassphraseSlot } from '../crypto/keySlots'
import { passphraseToBytes } from '../crypto/passphraseBytes'
import { KeyDerivationError } from '../crypto/workerKeyDeriver'
import { HEADER_ROW_ID, kdfParamsOf, parseHeaderRow } from './headerRow'
import type { HeaderRow } from './journalDatabase'
import type { SessionParts } from './sessionParts'
import { vaultErrors } from './vaultErrors'

/**
 * Derives with the stored slot's own salt and costs (not today's defaults: an older journal's
 * slot may use others) and tries to open the passphrase slot, exactly as unlocking does. Answers
 * the header it checked, so the caller can write only if that header is still the one on disk.
 */
export async function checkCurrentPassphrase(
  parts: SessionParts,
  passphrase: string,
): Promise<Result<HeaderRow>> {
  if (!parts.keyring.isOpen) return vaultErrors.locked()
  if (passphrase.length === 0) return vaultErrors.currentPassphraseNeeded()
  const { context, db, journal } = parts
  let header: HeaderRow | null
  try {
    header = parseHeaderRow(await db.header.get(HEADER_ROW_ID), journal.id)
  } catch {
    return vaultErrors.storageUnavailable()
  }
  if (!header) return vaultErrors.journalDamaged()
  const params = kdfParamsOf(header)
  let wrappingKey: Uint8Array
  try {
    wrappingKey = await context.deriver.deriveWrappingKey(
      passphraseToBytes(passphrase),
      header.kdf.salt,
      params,
    )
  } catch (error) {
    if (error instanceof KeyDerivationError) return vaultErrors.outOfMemory()
    throw error
  }
  const vaultKey = openPassphraseSlot(
    context.provider,
    header.passphraseSlot,
    wrappingKey,
    journal.id,
    params,
  )
  context.provider.memzero(wrappingKey)
  if (!vaultKey) return vaultErrors.wrongPassphrase()
  // Only the proof was needed: the session already holds the same key.
  context.provider.memzero(vaultKey)
  return ok(header)
}
