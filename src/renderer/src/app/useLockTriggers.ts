import { useEffect } from 'react'
import { useSettings } from '../features/settings/SettingsContext'
import { usePlatform } from './PlatformContext'
import { IdleTimer } from './idleTimer'

/** Every way the journal locks itself: the shortcut, idle time, the OS, and (optionally) hiding. */
export function useLockTriggers(lock: () => void): void {
  const platform = usePlatform()
  const { settings } = useSettings()

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        lock()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [lock])

  useEffect(
    () =>
      platform.onLockRequest((reason) => {
        if (reason !== 'hidden' || settings.lockWhenHidden) lock()
      }),
    [platform, lock, settings.lockWhenHidden],
  )

  useEffect(() => {
    const timer = new IdleTimer(settings.idleLockMinutes * 60_000, lock, {
      now: () => Date.now(),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    })
    const activity = () => timer.touch()
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
    for (const name of events) window.addEventListener(name, activity, { passive: true })
    timer.start()
    return () => {
      timer.stop()
      for (const name of events) window.removeEventListener(name, activity)
    }
  }, [settings.idleLockMinutes, lock])
}
