import { registerPendingWrites } from '../../app/pendingWrites'
import type { RecordStore } from '../../db/types'
import { FormDraftKeeper } from './formDraftKeeper'

const keepers = new WeakMap<RecordStore, FormDraftKeeper>()

/**
 * The one keeper of an unlocked journal's form drafts. It lives as long as the page: a lock
 * reloads the page, and the lock waits for its last write through the pending-writes registry.
 */
export function formDraftKeeperFor(records: RecordStore): FormDraftKeeper {
  const existing = keepers.get(records)
  if (existing) return existing
  const keeper = new FormDraftKeeper(records, {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  })
  keepers.set(records, keeper)
  registerPendingWrites({ flush: () => keeper.flush(), hasUnsaved: () => keeper.hasUnsaved })
  // Leaving the page or hiding the window writes at once rather than waiting for the pause.
  window.addEventListener('pagehide', () => void keeper.flush())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void keeper.flush()
  })
  return keeper
}
