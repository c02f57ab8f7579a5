/**
 * Writes that are debounced (autosave) register here, so locking can finish them before the keys
 * are wiped. Without this, text typed in the last second before Ctrl+L would be lost.
 */
const flushers = new Set<() => Promise<void>>()

export function registerPendingWrites(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

/** Resolves when every pending write has finished, or after `timeoutMs` so a lock is never stuck. */
export async function flushPendingWrites(timeoutMs = 3000): Promise<void> {
  const all = Promise.allSettled([...flushers].map((flush) => flush()))
  await Promise.race([all, new Promise((resolve) => window.setTimeout(resolve, timeoutMs))])
}
