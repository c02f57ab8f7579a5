/** Fakes around the backup components: the fixture backup, a platform that "opens" it, a session. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReactNode } from 'react'
import { ok } from '@shared/result'
import { PlatformContext } from '@renderer/app/PlatformContext'
import { SessionContext } from '@renderer/app/SessionContext'
import type { VaultBackups } from '@renderer/db/backupTypes'
import type { VaultSession } from '@renderer/db/types'
import type { Platform } from '@renderer/platform/types'

/** Journal "Sam", made by scripts/makeFixtures.mjs (docs/FORMAT.md §21). */
export const fixtureBytes = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../fixtures/backups/basic.mendbackup')),
)
export const fixtureJournalId = 'c7ac980f88063c4e605671db72ee374c'

export function platformOpening(bytes: Uint8Array, fileName = 'basic.mendbackup'): Platform {
  return {
    kind: 'web',
    openFiles: async () => ok([{ fileName, bytes }]),
  } as Partial<Platform> as Platform
}

export function fakeSession(journalId: string, backups: Partial<VaultBackups>) {
  const vault = {
    journal: { id: journalId, name: 'Alex' },
    backups,
  } as Partial<VaultSession> as VaultSession
  const locks: string[] = []
  const lock = () => void locks.push('locked')
  return { vault, lock, locks }
}

export function withProviders(
  platform: Platform,
  session: { vault: VaultSession; lock: () => void } | null,
  children: ReactNode,
) {
  return (
    <PlatformContext.Provider value={platform}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </PlatformContext.Provider>
  )
}
