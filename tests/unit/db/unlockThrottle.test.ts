import { describe, expect, it } from 'vitest'
import { unlockDelayMs } from '@renderer/db/unlockThrottle'

describe('the pause after wrong passphrases', () => {
  it('lets two typos pass freely, then doubles from one second up to thirty', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(unlockDelayMs)
    expect(schedule).toEqual([0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
  })

  it('treats nonsense counts as no failures', () => {
    expect(unlockDelayMs(0)).toBe(0)
    expect(unlockDelayMs(-3)).toBe(0)
    expect(unlockDelayMs(Number.NaN)).toBe(0)
    expect(unlockDelayMs(Number.POSITIVE_INFINITY)).toBe(0)
  })
})
