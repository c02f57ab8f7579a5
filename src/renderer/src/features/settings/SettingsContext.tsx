import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { defaultSettings, readSettings, type AppSettings } from '../../domain/settings/appSettings'
import { useSession } from '../../app/SessionContext'
import type { Result } from '@shared/result'

/** A change, or a function of the settings as they are at the moment it is applied. */
export type SettingsPatch = Partial<AppSettings> | ((current: AppSettings) => Partial<AppSettings>)

interface SettingsState {
  readonly settings: AppSettings
  readonly update: (patch: SettingsPatch) => Promise<Result<void>>
}

const SettingsContext = createContext<SettingsState | null>(null)
const settingsRecordId = 'app-settings'

export function SettingsProvider({ children }: { readonly children: ReactNode }) {
  const { vault } = useSession()
  const [settings, setSettings] = useState<AppSettings>(defaultSettings)
  // The newest settings, so an update made after an await (a review notification being marked as
  // shown) builds on them rather than on the render it started in and undoing a change since.
  const latest = useRef(settings)

  useEffect(() => {
    let current = true
    void vault.records.get<unknown>('settings', settingsRecordId).then((record) => {
      if (current && record?.status === 'ok') {
        latest.current = readSettings(record.payload)
        setSettings(latest.current)
      }
    })
    return () => {
      current = false
    }
  }, [vault])

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const changes = typeof patch === 'function' ? patch(latest.current) : patch
      const next = { ...latest.current, ...changes }
      latest.current = next
      setSettings(next)
      return vault.records.put('settings', settingsRecordId, next)
    },
    [vault],
  )

  const value = useMemo(() => ({ settings, update }), [settings, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings outside SettingsProvider')
  return state
}
