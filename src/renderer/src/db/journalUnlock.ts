/**
 * Opening a journal with its passphrase or its recovery words. Whatever is wrong with the
 * passphrase, the answer is the same 'wrong-passphrase'; other failures (missing data, storage,
 * memory) have their own honest messages.
 */
import { ok, type Result } from '@shared/result'
import { isWeakerThan, strongestOf } from '../crypto/kdfParams'
import { openPassphraseSlot, openRecoverySlot } from '../crypto/keySlots'
import { passphraseToBytes } from '../crypto/passphraseBytes'
import { deriveRecoveryKey, entropyFromRecoveryWords } from '../crypto/recoveryWords'
import { VaultKeyring } from '../crypto/vaultKeyring'
import { KeyDerivationError } from '../crypto/workerKeyDeriver'
import { HEADER_ROW_ID, isNewerHeader, kdfParamsOf, parseHeaderRow } from './headerRow'
import { JournalDatabase, type HeaderRow } from './journalDatabase'
import { replacePassphraseSlot } from './passphraseSlotWriter'
import { requestPersistentStorage } from './persistentStorage'
import { PrefetchedRows } from './prefetchedRows'
import { isNewerSchema } from './storageErrors'
import type { JournalSummary, VaultSession } from './types'
import { UnlockedVaultSession } from './unlockedVaultSession'
import type { VaultContext } from './vaultContext'
import { vaultErrors } from './vaultErrors'

interface OpenedJournal {
  readonly journal: JournalSummary
  readonly db: JournalDatabase
  readonly header: HeaderRow
}

async function openJournal(
  context: VaultContext,
  journalId: string,
): Promise<Result<OpenedJournal>> {
  let db: JournalDatabase | null = null
  try {
    const journal = await context.directory.journals.get(journalId)
    if (!journal) return vaultErrors.journalNotFound()
    db = new JournalDatabase(journal.id, context.source)
    const storedHeader: unknown = await db.header.get(HEADER_ROW_ID)
    const header = parseHeaderRow(storedHeader, journal.id)
    if (!header) {
      db.close()
      return isNewerHeader(storedHeader)
        ? vaultErrors.journalTooNew()
        : vaultErrors.journalDamaged()
    }
    return ok({ journal: { id: journal.id, name: journal.name }, db, header })
  } catch (error) {
    db?.close()
    return isNewerSchema(error) ? vaultErrors.journalTooNew() : vaultErrors.storageUnavailable()
  }
}

/**
 * Re-wraps a slot whose Argon2id costs are below today's default. Best effort: if it fails the
 * journal still opens with the old slot, and the upgrade is tried again next time.
 */
async function upgradeKdfIfWeak(
  context: VaultContext,
  opened: OpenedJournal,
  vaultKey: Uint8Array,
  passphrase: string,
): Promise<void> {
  const stored = kdfParamsOf(opened.header)
  if (!isWeakerThan(stored, context.kdfParams)) return
  try {
    await replacePassphraseSlot({
      context,
      db: opened.db,
      journalId: opened.journal.id,
      vaultKey,
      passphrase,
      params: strongestOf(stored, context.kdfParams),
      expectedCurrentSlot: opened.header.passphraseSlot,
    })
  } catch {
    // Unlocking matters more than upgrading; the old slot is still intact.
  }
}

function startSession(
  context: VaultContext,
  opened: OpenedJournal,
  vaultKey: Uint8Array,
  mustChangePassphrase: boolean,
  prefetched: PrefetchedRows | null = null,
): VaultSession {
  void requestPersistentStorage()
  const keyring = new VaultKeyring(context.provider, vaultKey)
  const { db, journal } = opened
  return new UnlockedVaultSession(context, db, journal, keyring, mustChangePassphrase, prefetched)
}

export async function unlockWithPassphrase(
  context: VaultContext,
  journalId: string,
  passphrase: string,
): Promise<Result<VaultSession>> {
  const opened = await openJournal(context, journalId)
  if (!opened.ok) return opened
  const { provider, deriver } = context
  const { header, db } = opened.value
  const params = kdfParamsOf(header)
  // Ciphertext only: fetched while the worker derives the key, dropped if the passphrase is wrong.
  const prefetched = PrefetchedRows.start(db)
  let wrappingKey: Uint8Array
  try {
    wrappingKey = await deriver.deriveWrappingKey(
      passphraseToBytes(passphrase),
      header.kdf.salt,
      params,
    )
  } catch (error) {
    db.close()
    if (error instanceof KeyDerivationError) return vaultErrors.outOfMemory()
    throw error
  }
  const vaultKey = openPassphraseSlot(
    provider,
    header.passphraseSlot,
    wrappingKey,
    journalId,
    params,
  )
  provider.memzero(wrappingKey)
  if (!vaultKey) {
    db.close()
    return vaultErrors.wrongPassphrase()
  }
  await upgradeKdfIfWeak(context, opened.value, vaultKey, passphrase)
  return ok(startSession(context, opened.value, vaultKey, false, prefetched))
}

export async function unlockWithRecoveryWords(
  context: VaultContext,
  journalId: string,
  words: readonly string[],
): Promise<Result<VaultSession>> {
  const entropy = entropyFromRecoveryWords(words)
  if (!entropy) return vaultErrors.wrongRecoveryWords()
  const opened = await openJournal(context, journalId)
  if (!opened.ok) {
    entropy.fill(0)
    return opened
  }
  const { provider } = context
  const { header, db } = opened.value
  const recoveryKey = deriveRecoveryKey(provider, entropy)
  provider.memzero(entropy)
  const vaultKey = openRecoverySlot(provider, header.recoverySlot, recoveryKey, journalId)
  provider.memzero(recoveryKey)
  if (!vaultKey) {
    db.close()
    return vaultErrors.wrongRecoveryWords()
  }
  return ok(startSession(context, opened.value, vaultKey, true))
}
