// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { SessionContext } from '@renderer/app/SessionContext'
import type { VaultSession } from '@renderer/db/types'
import { JournalProvider } from '@renderer/features/journal/JournalContext'
import { DashboardPrewarm } from '@renderer/features/progress/DashboardPrewarm'
import * as memo from '@renderer/features/progress/dashboardMemo'
import { MemoryRecordStore } from './memoryRecordStore'

afterEach(cleanup)

describe('DashboardPrewarm', () => {
  it('builds the dashboard once, in idle time after the journal and its records are open', async () => {
    vi.useFakeTimers()
    const build = vi.spyOn(memo, 'memoisedDashboard')
    const records = new MemoryRecordStore()
    const vault = { records } as unknown as VaultSession
    render(
      <SessionContext.Provider value={{ vault, lock: () => undefined }}>
        <JournalProvider>
          <DashboardPrewarm />
        </JournalProvider>
      </SessionContext.Provider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(2000))
    expect(build).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })
})
