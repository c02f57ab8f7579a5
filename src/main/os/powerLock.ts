import { powerMonitor } from 'electron'
import type { LockReason } from '@shared/ipc'
import { lockingPowerEvents } from './powerEvents'

export function watchPowerEvents(onLock: (reason: LockReason) => void): void {
  for (const { event, reason } of lockingPowerEvents) {
    // Both are argument-less powerMonitor events; TypeScript cannot pick an overload for a union.
    powerMonitor.on(event as 'suspend', () => onLock(reason))
  }
}
