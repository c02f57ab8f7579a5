/**
 * The entry point of the vault: `createVaultDirectory()` gives the lock screen its list of
 * journals and the means to create and unlock them. libsodium loads on first use.
 */
import type { CryptoProvider } from '../crypto/cryptoProvider'
import type { KdfParams } from '../crypto/kdfParams'
import { resolveKdfParams } from '../crypto/kdfPolicy'
import { directKeyDeriver, type KeyDeriver } from '../crypto/keyDeriver'
import { loadSodiumProvider } from '../crypto/sodiumProvider'
import { platformHasWorkers, workerKeyDeriver } from '../crypto/workerKeyDeriver'
import { restoreBackup } from './backupRestore'
import { DirectoryDatabase } from './directoryDatabase'
import type { IndexedDbSource } from './indexedDbSource'
import { createJournal } from './journalCreation'
import { unlockWithPassphrase, unlockWithRecoveryWords } from './journalUnlock'
import type { JournalSummary, VaultDirectory } from './types'
import type { VaultContext } from './vaultContext'
import { vaultErrors } from './vaultErrors'

export interface VaultDirectoryOptions extends IndexedDbSource {
  /** Defaults to a Web Worker per derivation where Worker exists, in-process otherwise. */
  readonly deriver?: KeyDeriver
  /**
   * Small Argon2id costs for unit tests, used for new slots and as the "current default" that
   * stored slots are upgraded to. Throws outside Vitest (crypto/kdfPolicy.ts).
   */
  readonly dangerousTestOnlyKdfParams?: KdfParams
}

function isJournalId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)
}

function chooseDeriver(provider: CryptoProvider, deriver?: KeyDeriver): KeyDeriver {
  if (deriver) return deriver
  return platformHasWorkers() ? workerKeyDeriver() : directKeyDeriver(provider)
}

export function createVaultDirectory(options: VaultDirectoryOptions = {}): VaultDirectory {
  const kdfParams = resolveKdfParams(options.dangerousTestOnlyKdfParams)
  const source: IndexedDbSource = { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
  const directory = new DirectoryDatabase(source)
  let context: Promise<VaultContext | null> | null = null

  /** Null when libsodium cannot start (WebAssembly blocked or unsupported); retried next time. */
  function loadContext(): Promise<VaultContext | null> {
    context ??= loadSodiumProvider().then(
      (provider) => ({
        provider,
        deriver: chooseDeriver(provider, options.deriver),
        kdfParams,
        source,
        directory,
      }),
      () => {
        context = null
        return null
      },
    )
    return context
  }

  return {
    async list(): Promise<readonly JournalSummary[]> {
      const rows = await directory.journals.toArray()
      return rows
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    },
    async create(name, passphrase) {
      const loaded = await loadContext()
      return loaded ? createJournal(loaded, name, passphrase) : vaultErrors.cryptoUnavailable()
    },
    async unlock(journalId, passphrase) {
      if (!isJournalId(journalId)) return vaultErrors.journalNotFound()
      const loaded = await loadContext()
      if (!loaded) return vaultErrors.cryptoUnavailable()
      return unlockWithPassphrase(loaded, journalId, passphrase)
    },
    async unlockWithRecoveryWords(journalId, words) {
      if (!isJournalId(journalId)) return vaultErrors.journalNotFound()
      const loaded = await loadContext()
      if (!loaded) return vaultErrors.cryptoUnavailable()
      return unlockWithRecoveryWords(loaded, journalId, words)
    },
    async restoreBackup(backupBytes, secret, restoreOptions) {
      const loaded = await loadContext()
      if (!loaded) return vaultErrors.cryptoUnavailable()
      return restoreBackup(loaded, backupBytes, secret, restoreOptions)
    },
  }
}
