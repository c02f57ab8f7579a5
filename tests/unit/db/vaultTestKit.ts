/** Shared set-up for vault tests: a private fake IndexedDB per test and cheap Argon2id costs. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { KdfParams } from '@renderer/crypto/kdfParams'
import { createVaultDirectory, type VaultDirectoryOptions } from '@renderer/db/vaultDirectory'
import type { CreatedJournal, VaultDirectory } from '@renderer/db/types'

/** 1 pass over 8 MiB: about 10 ms, so the suite stays fast. Never used outside tests. */
export const FAST_KDF: KdfParams = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 }

/** Scores 4 with zxcvbn and is easy to tell apart in failures. */
export const PASSPHRASE = 'lantern orchard gravel whisper'
export const OTHER_PASSPHRASE = 'copper meadow tangle harbour'

export interface TestVault {
  readonly indexedDB: IDBFactory
  readonly directory: VaultDirectory
  /** Another directory over the same storage, as after an app restart. */
  reopen(options?: Partial<VaultDirectoryOptions>): VaultDirectory
}

export function freshVault(options: Partial<VaultDirectoryOptions> = {}): TestVault {
  const indexedDB = new IDBFactory()
  const make = (extra: Partial<VaultDirectoryOptions>) =>
    createVaultDirectory({
      indexedDB,
      IDBKeyRange,
      dangerousTestOnlyKdfParams: FAST_KDF,
      ...options,
      ...extra,
    })
  return { indexedDB, directory: make({}), reopen: (extra = {}) => make(extra) }
}

export async function createJournalOrThrow(
  directory: VaultDirectory,
  name = 'Sam',
  passphrase = PASSPHRASE,
): Promise<CreatedJournal> {
  const created = await directory.create(name, passphrase)
  if (!created.ok) throw new Error(`could not create a journal: ${created.error.message}`)
  return created.value
}
