/**
 * Dexie wraps the browser's errors (an AbortError around a QuotaExceededError, a BulkError with
 * per-row failures), so the cause is found by name anywhere in the chain.
 */
const MAX_DEPTH = 6

function hasErrorNamed(error: unknown, name: string, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false
  const candidate = error as {
    name?: unknown
    inner?: unknown
    cause?: unknown
    failures?: unknown
  }
  if (candidate.name === name) return true
  if (hasErrorNamed(candidate.inner, name, depth + 1)) return true
  if (hasErrorNamed(candidate.cause, name, depth + 1)) return true
  const failures = Array.isArray(candidate.failures)
    ? candidate.failures
    : typeof candidate.failures === 'object' && candidate.failures !== null
      ? Object.values(candidate.failures)
      : []
  return failures.some((failure) => hasErrorNamed(failure, name, depth + 1))
}

export function isQuotaExceeded(error: unknown): boolean {
  return hasErrorNamed(error, 'QuotaExceededError', 0)
}

/** An existing database at a higher version than this app knows: written by a newer Mend. */
export function isNewerSchema(error: unknown): boolean {
  return hasErrorNamed(error, 'VersionError', 0)
}
