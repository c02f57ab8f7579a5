import { useEffect, useSyncExternalStore } from 'react'
import { useSession } from '../../app/SessionContext'
import { AgreementRepository } from '../../db/agreementRepository'
import { CommitmentRepository } from '../../db/commitmentRepository'
import { MilestoneRepository } from '../../db/milestoneRepository'
import type { RecordStore } from '../../db/types'
import { ProgressStore, type ProgressSnapshot } from './progressStore'

// One store per unlocked journal, shared by the Agreements and Progress areas, so moving between
// them neither decrypts again nor rebuilds the dashboard. Locking reloads the page, which drops it.
const stores = new WeakMap<RecordStore, ProgressStore>()

export function progressStoreFor(records: RecordStore): ProgressStore {
  let store = stores.get(records)
  if (store === undefined) {
    store = new ProgressStore({
      agreements: new AgreementRepository(records),
      commitments: new CommitmentRepository(records),
      milestones: new MilestoneRepository(records),
    })
    stores.set(records, store)
  }
  return store
}

/** The store of the open journal; starts loading it on first use. */
export function useProgressStore(): ProgressStore {
  const { vault } = useSession()
  const store = progressStoreFor(vault.records)
  useEffect(() => {
    void store.load()
  }, [store])
  return store
}

export function useProgressSnapshot(): ProgressSnapshot {
  const store = useProgressStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
