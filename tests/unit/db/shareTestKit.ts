/** Partners for sharing tests: each journal in its own fake IndexedDB, like two computers. */
import type { VaultSession } from '@renderer/db/types'
import { createJournalOrThrow, freshVault, type TestVault } from './vaultTestKit'

export interface Person {
  readonly vault: TestVault
  readonly session: VaultSession
  readonly shareCode: string
}

export async function person(name: string): Promise<Person> {
  const vault = freshVault()
  const { session } = await createJournalOrThrow(vault.directory, name)
  const identity = await session.sharing.identity()
  if (!identity.ok) throw new Error(identity.error.message)
  return { vault, session, shareCode: identity.value.shareCode }
}

export const NOW = new Date('2026-03-01T20:15:00Z')
export const TODAY = '2026-03-02'
