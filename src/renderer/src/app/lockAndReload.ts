import type { VaultSession } from '../db/types'

/**
 * Locking is not just hiding the screen: keys are zeroed, then the page reloads so the JavaScript
 * heap holding decrypted entries, the search index and React state is thrown away, as password
 * managers do. The lock screen is what the fresh page shows.
 */
export function lockAndReload(vault: VaultSession | null): void {
  try {
    vault?.close()
  } finally {
    window.location.hash = ''
    window.location.reload()
  }
}
