import { describe, expect, it } from 'vitest'
import { isNewerSchema, isQuotaExceeded } from '@renderer/db/storageErrors'

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('recognising storage errors', () => {
  it('finds a QuotaExceededError however Dexie wrapped it', () => {
    expect(isQuotaExceeded(quota)).toBe(true)
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true)
    expect(isQuotaExceeded({ name: 'BulkError', failures: { 3: quota } })).toBe(true)
    expect(isQuotaExceeded(new Error('other', { cause: quota }))).toBe(true)
  })

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaExceeded(null)).toBe(false)
    expect(isQuotaExceeded({ name: 'AbortError' })).toBe(false)
    expect(isNewerSchema({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe(true)
  })
})
