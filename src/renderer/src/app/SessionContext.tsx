import { createContext, useContext } from 'react'
import type { VaultSession } from '../db/types'

export interface UnlockedSession {
  readonly vault: VaultSession
  /** Zeroes keys and reloads the page, so no decrypted copy survives in memory. */
  readonly lock: () => void
}

export const SessionContext = createContext<UnlockedSession | null>(null)

export function useSession(): UnlockedSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside an unlocked journal')
  return session
}
