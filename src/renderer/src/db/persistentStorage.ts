/**
 * Asks the browser not to evict Mend's storage under disk pressure. Chromium grants it to
 * installed or much-used origins without a prompt; Electron always grants it. Best effort:
 * a refusal changes nothing else.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage || typeof storage.persist !== 'function') return false
  try {
    return (await storage.persisted()) || (await storage.persist())
  } catch {
    return false
  }
}
