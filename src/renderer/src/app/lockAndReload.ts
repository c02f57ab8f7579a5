import type { VaultSession } from '../db/types'
import { flushPendingWrites, markLocking } from './pendingWrites'

/**
 * Locking is not just hiding the screen: pending writes are finished, keys are zeroed, then the
 * page reloads so the JavaScript heap holding decrypted entries, the search index and React state
 * is thrown away, as password managers do. The lock screen is what the fresh page shows.
 */
export async function lockAndReload(vault: VaultSession | null): Promise<void> {
  // Hide the journal at once; the writes and the reload take a moment.
  document.body.classList.add('locking')
  try {
    await flushPendingWrites()
    vault?.close()
  } finally {
    markLocking()
    window.location.hash = ''
    window.location.reload()
  }
}
