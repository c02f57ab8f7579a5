import type { CloseHoldReason, MendBridge } from '@shared/ipc'

/**
 * The desktop app's close hold: main asks with a native dialog (windows/closeHold.ts). Counted,
 * so two screens holding at once let go only when both have.
 */
export function createElectronCloseHold(
  bridge: MendBridge,
): (reason: CloseHoldReason) => () => void {
  let holds = 0
  return (reason) => {
    holds += 1
    if (holds === 1) void bridge.invoke('window:hold-close', reason)
    let released = false
    return () => {
      if (released) return
      released = true
      holds -= 1
      if (holds === 0) void bridge.invoke('window:hold-close', null)
    }
  }
}
