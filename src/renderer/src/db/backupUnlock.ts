/**
 * The vault key of the journal a backup was made from, opened from the key slots in the backup's
 * header with that journal's passphrase (Argon2id at the costs stored there) or recovery words.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import type { BackupHeader } from '../crypto/backupFormat'
import { openPassphraseSlot, openRecoverySlot } from '../crypto/keySlots'
import { passphraseToBytes } from '../crypto/passphraseBytes'
import { deriveRecoveryKey, entropyFromRecoveryWords } from '../crypto/recoveryWords'
import { KeyDerivationError } from '../crypto/workerKeyDeriver'
import type { BackupSecret } from './backupTypes'
import type { VaultContext } from './vaultContext'

/** 32 bytes the caller zeroes. */
export async function unlockBackupVaultKey(
  context: VaultContext,
  header: BackupHeader,
  secret: BackupSecret,
): Promise<Result<Uint8Array>> {
  const { provider, deriver } = context
  if ('recoveryWords' in secret) {
    const entropy = entropyFromRecoveryWords(secret.recoveryWords)
    if (!entropy) return backupErrors.wrongRecoveryWords()
    const recoveryKey = deriveRecoveryKey(provider, entropy)
    provider.memzero(entropy)
    const vaultKey = openRecoverySlot(provider, header.recoverySlot, recoveryKey, header.journalId)
    provider.memzero(recoveryKey)
    return vaultKey ? ok(vaultKey) : backupErrors.wrongRecoveryWords()
  }
  let wrappingKey: Uint8Array
  try {
    wrappingKey = await deriver.deriveWrappingKey(
      passphraseToBytes(secret.passphrase),
      header.salt,
      header.kdf,
    )
  } catch (error) {
    if (error instanceof KeyDerivationError) return backupErrors.keyDerivationFailed()
    throw error
  }
  const vaultKey = openPassphraseSlot(
    provider,
    header.passphraseSlot,
    wrappingKey,
    header.journalId,
    header.kdf,
  )
  provider.memzero(wrappingKey)
  return vaultKey ? ok(vaultKey) : backupErrors.wrongPassphrase()
}
