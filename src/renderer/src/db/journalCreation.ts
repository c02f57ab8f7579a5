/**
 * A new journal: random vault key, passphrase slot (Argon2id) and recovery slot (24 words), a
 * header in the journal's own database, then its line in the directory. The header is written
 * first: a crash in between leaves an invisible, harmless database, never a listed journal
 * without keys.
 */
import { ok, type Result } from '@shared/result'
import { KEY_BYTES, SALT_BYTES } from '../crypto/cryptoProvider'
import { assertKdfParamsAllowed } from '../crypto/kdfPolicy'
import { sealPassphraseSlot, sealRecoverySlot } from '../crypto/keySlots'
import { passphraseToBytes } from '../crypto/passphraseBytes'
import { assessPassphrase } from '../crypto/passphraseStrength'
import {
  RECOVERY_ENTROPY_BYTES,
  deriveRecoveryKey,
  recoveryWordsFromEntropy,
} from '../crypto/recoveryWords'
import { VaultKeyring } from '../crypto/vaultKeyring'
import { KeyDerivationError } from '../crypto/workerKeyDeriver'
import { HEADER_FORMAT_VERSION, HEADER_ROW_ID, KDF_ALGORITHM } from './headerRow'
import { JournalDatabase, type HeaderRow } from './journalDatabase'
import { requestPersistentStorage } from './persistentStorage'
import type { CreatedJournal } from './types'
import { UnlockedVaultSession } from './unlockedVaultSession'
import type { VaultContext } from './vaultContext'
import { vaultErrors } from './vaultErrors'

export const MAX_JOURNAL_NAME_LENGTH = 60
const JOURNAL_ID_BYTES = 16

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

interface NewHeader {
  readonly header: HeaderRow
  readonly recoveryWords: readonly string[]
}

async function buildHeader(
  context: VaultContext,
  journalId: string,
  vaultKey: Uint8Array,
  passphrase: string,
): Promise<NewHeader> {
  const { provider, deriver, kdfParams } = context
  assertKdfParamsAllowed(kdfParams)
  const salt = provider.randomBytes(SALT_BYTES)
  const entropy = provider.randomBytes(RECOVERY_ENTROPY_BYTES)
  const recoveryKey = deriveRecoveryKey(provider, entropy)
  const wrappingKey = await deriver.deriveWrappingKey(
    passphraseToBytes(passphrase),
    salt,
    kdfParams,
  )
  try {
    const header: HeaderRow = {
      id: HEADER_ROW_ID,
      formatVersion: HEADER_FORMAT_VERSION,
      journalId,
      kdf: { algorithm: KDF_ALGORITHM, ...kdfParams, salt },
      passphraseSlot: sealPassphraseSlot(provider, vaultKey, wrappingKey, journalId, kdfParams),
      recoverySlot: sealRecoverySlot(provider, vaultKey, recoveryKey, journalId),
    }
    return { header, recoveryWords: recoveryWordsFromEntropy(entropy) }
  } finally {
    provider.memzero(wrappingKey)
    provider.memzero(recoveryKey)
    provider.memzero(entropy)
  }
}

export async function createJournal(
  context: VaultContext,
  rawName: string,
  passphrase: string,
): Promise<Result<CreatedJournal>> {
  const name = rawName.trim()
  if (name.length === 0 || name.length > MAX_JOURNAL_NAME_LENGTH) return vaultErrors.invalidName()
  const strength = await assessPassphrase(passphrase, [name])
  if (!strength.meetsMinimum) return vaultErrors.weakPassphrase(strength.explanation)

  const { provider } = context
  const journalId = toHex(provider.randomBytes(JOURNAL_ID_BYTES))
  const vaultKey = provider.randomBytes(KEY_BYTES)
  let created: NewHeader
  const db = new JournalDatabase(journalId, context.source)
  try {
    created = await buildHeader(context, journalId, vaultKey, passphrase)
    await db.transaction('rw', db.header, () => db.header.add(created.header))
    await context.directory.journals.add({ id: journalId, name })
  } catch (error) {
    provider.memzero(vaultKey)
    db.close()
    if (error instanceof RangeError) throw error
    if (error instanceof KeyDerivationError) return vaultErrors.outOfMemory()
    return vaultErrors.createFailed()
  }
  void requestPersistentStorage()
  const keyring = new VaultKeyring(provider, vaultKey)
  const session = new UnlockedVaultSession(context, db, { id: journalId, name }, keyring, false)
  return ok({ session, recoveryWords: created.recoveryWords })
}
