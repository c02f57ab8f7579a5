import type { LockReason } from '@shared/ipc'

/**
 * powerMonitor events that lock the journal: when the computer sleeps or the screen locks, the
 * person has stepped away, and whoever sits down next should meet the lock screen.
 */
export const lockingPowerEvents = [
  { event: 'suspend', reason: 'suspend' },
  { event: 'lock-screen', reason: 'screen-locked' },
] as const satisfies readonly { readonly event: string; readonly reason: LockReason }[]
