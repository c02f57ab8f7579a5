/**
 * Writes that are debounced (autosave) register here, so locking can finish them before the keys
 * are wiped and leaving the page can warn while they are unfinished. Without this, text typed in
 * the last second before Ctrl+L, a reload or closing the window would be lost.
 */
export interface PendingWrites {
  readonly flush: () => Promise<void>
  readonly hasUnsaved: () => boolean
}

const registered = new Set<PendingWrites>()
let locking = false

export function registerPendingWrites(writes: PendingWrites): () => void {
  registered.add(writes)
  return () => registered.delete(writes)
}

/**
 * False once a lock has begun: the lock has already waited for every write it could finish, and
 * a "Leave site?" question must not keep a locked journal's text on screen.
 */
export function hasUnsavedWrites(): boolean {
  return !locking && [...registered].some((writes) => writes.hasUnsaved())
}

export function markLocking(): void {
  locking = true
}

/** Resolves when every pending write has finished, or after `timeoutMs` so a lock is never stuck. */
export async function flushPendingWrites(timeoutMs = 3000): Promise<void> {
  const all = Promise.allSettled([...registered].map((writes) => writes.flush()))
  await Promise.race([all, new Promise((resolve) => window.setTimeout(resolve, timeoutMs))])
}
