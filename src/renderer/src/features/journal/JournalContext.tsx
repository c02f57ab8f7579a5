import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { EntryRepository } from '../../db/entryRepository'
import { useSession } from '../../app/SessionContext'
import { JournalStore, type JournalSnapshot } from './journalStore'

const JournalContext = createContext<JournalStore | null>(null)

/** Decrypts the journal once after unlock and keeps it, with its search index, in memory. */
export function JournalProvider({ children }: { readonly children: ReactNode }) {
  const { vault } = useSession()
  const [store] = useState(() => new JournalStore(new EntryRepository(vault.records)))
  useEffect(() => {
    void store.load()
    return () => store.dispose()
  }, [store])
  return <JournalContext.Provider value={store}>{children}</JournalContext.Provider>
}

export function useJournal(): JournalStore {
  const store = useContext(JournalContext)
  if (!store) throw new Error('useJournal outside JournalProvider')
  return store
}

export function useJournalSnapshot(): JournalSnapshot {
  const store = useJournal()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
