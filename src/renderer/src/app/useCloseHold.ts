import { useEffect } from 'react'
import type { CloseHoldReason } from '@shared/ipc'
import { usePlatform } from './PlatformContext'

/**
 * While `active`, closing or reloading the window asks first (the browser's "Leave site?", a
 * dialog in the desktop app). For what cannot be shown again, such as new recovery words.
 */
export function useCloseHold(active: boolean, reason: CloseHoldReason): void {
  const platform = usePlatform()
  useEffect(() => (active ? platform.holdClose(reason) : undefined), [platform, active, reason])
}
