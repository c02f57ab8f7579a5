import { useCallback, useRef } from 'react'
import type { Result } from '@shared/result'
import { unlockDelayMs } from '../../db/unlockThrottle'

/**
 * The lock screen's growing pause after each wrong passphrase in a row, for the screens of an
 * unlocked journal that ask for it again. Someone at an unattended computer guessing it there
 * meets the same friction as at the lock screen.
 */
export function useWrongPassphrasePause(): (result: Result<unknown>) => Promise<void> {
  const failures = useRef(0)
  return useCallback(async (result: Result<unknown>) => {
    if (result.ok) {
      failures.current = 0
      return
    }
    if (result.error.code !== 'wrong-passphrase') return
    failures.current += 1
    const delayMs = unlockDelayMs(failures.current)
    if (delayMs > 0) await new Promise((resolve) => window.setTimeout(resolve, delayMs))
  }, [])
}
