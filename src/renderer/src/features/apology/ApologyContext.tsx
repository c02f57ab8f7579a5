import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { useSession } from '../../app/SessionContext'
import { ApologyRepository } from '../../db/apologyRepository'
import { ApologyStore, type ApologySnapshot } from './apologyStore'

const ApologyContext = createContext<ApologyStore | null>(null)

/** Opens the drafts once when the studio is entered and keeps them while it stays open. */
export function ApologyProvider({ children }: { readonly children: ReactNode }) {
  const { vault } = useSession()
  const [store] = useState(() => new ApologyStore(new ApologyRepository(vault.records)))
  useEffect(() => {
    void store.load()
  }, [store])
  return <ApologyContext.Provider value={store}>{children}</ApologyContext.Provider>
}

export function useApologyStore(): ApologyStore {
  const store = useContext(ApologyContext)
  if (!store) throw new Error('useApologyStore outside ApologyProvider')
  return store
}

export function useApologySnapshot(): ApologySnapshot {
  const store = useApologyStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
