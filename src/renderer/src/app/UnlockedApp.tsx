import { useMemo } from 'react'
import type { VaultSession } from '../db/types'
import { NavigationContext } from './NavigationContext'
import { SessionContext } from './SessionContext'
import { Shell } from './Shell'
import { useRoute } from './useRoute'
import { useLockTriggers } from './useLockTriggers'
import { useUnsavedWritesGuard } from './useUnsavedWritesGuard'
import { AreaView } from './AreaView'
import { SettingsProvider } from '../features/settings/SettingsContext'
import { JournalProvider } from '../features/journal/JournalContext'
import { PromptsProvider } from '../features/prompts/PromptsContext'
import { DashboardPrewarm } from '../features/progress/DashboardPrewarm'
import { ReviewNotifier } from '../features/agreements/ReviewNotifier'

export interface UnlockedAppProps {
  readonly vault: VaultSession
  readonly lock: () => void
  readonly firstRun: boolean
}

export function UnlockedApp({ vault, lock, firstRun }: UnlockedAppProps) {
  const [route, navigate] = useRoute()
  const session = useMemo(() => ({ vault, lock }), [vault, lock])
  const navigation = useMemo(() => ({ route, navigate }), [route, navigate])
  return (
    <SessionContext.Provider value={session}>
      <SettingsProvider>
        <NavigationContext.Provider value={navigation}>
          <JournalProvider>
            <PromptsProvider>
              <LockTriggers lock={lock} />
              <DashboardPrewarm />
              <ReviewNotifier />
              <Shell>
                <AreaView route={route} firstRun={firstRun} />
              </Shell>
            </PromptsProvider>
          </JournalProvider>
        </NavigationContext.Provider>
      </SettingsProvider>
    </SessionContext.Provider>
  )
}

function LockTriggers({ lock }: { readonly lock: () => void }) {
  useLockTriggers(lock)
  useUnsavedWritesGuard()
  return null
}
