import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { defaultSettings, readSettings, type AppSettings } from '../../domain/settings/appSettings'
import { useSession } from '../../app/SessionContext'
import type { Result } from '@shared/result'

interface SettingsState {
  readonly settings: AppSettings
  readonly update: (patch: Partial<AppSettings>) => Promise<Result<void>>
}

const SettingsContext = createContext<SettingsState | null>(null)
const settingsRecordId = 'app-settings'

export function SettingsProvider({ children }: { readonly children: ReactNode }) {
  const { vault } = useSession()
  const [settings, setSettings] = useState<AppSettings>(defaultSettings)

  useEffect(() => {
    let current = true
    void vault.records.get<unknown>('settings', settingsRecordId).then((record) => {
      if (current && record?.status === 'ok') setSettings(readSettings(record.payload))
    })
    return () => {
      current = false
    }
  }, [vault])

  const update = useCallback(
    async (patch: Partial<AppSettings>) => {
      const next = { ...settings, ...patch }
      setSettings(next)
      return vault.records.put('settings', settingsRecordId, next)
    },
    [settings, vault],
  )

  const value = useMemo(() => ({ settings, update }), [settings, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings outside SettingsProvider')
  return state
}
