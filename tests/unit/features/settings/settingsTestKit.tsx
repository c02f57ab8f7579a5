/** A settings provider over an in-memory vault, with a platform whose notification calls are recorded. */
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import { ok, type Result } from '@shared/result'
import { PlatformContext } from '@renderer/app/PlatformContext'
import { SessionContext } from '@renderer/app/SessionContext'
import type { VaultSession } from '@renderer/db/types'
import { SettingsProvider } from '@renderer/features/settings/SettingsContext'
import type { Platform } from '@renderer/platform/types'
import { MemoryRecordStore } from '../progress/memoryRecordStore'

export const settingsRecordId = 'app-settings'

export function notifyingPlatform(allowed: Result<void> = ok(undefined)) {
  const allowReviewNotifications = vi.fn(async () => allowed)
  const notifyReviewsDue = vi.fn(async (_dueCount: number) => ok(undefined))
  const platform = {
    kind: 'web',
    allowReviewNotifications,
    notifyReviewsDue,
  } as Partial<Platform> as Platform
  return { platform, allowReviewNotifications, notifyReviewsDue }
}

export function withSettings(records: MemoryRecordStore, platform: Platform, children: ReactNode) {
  const vault = { records } as unknown as VaultSession
  return (
    <PlatformContext.Provider value={platform}>
      <SessionContext.Provider value={{ vault, lock: () => undefined }}>
        <SettingsProvider>{children}</SettingsProvider>
      </SessionContext.Provider>
    </PlatformContext.Provider>
  )
}

export { MemoryRecordStore }
