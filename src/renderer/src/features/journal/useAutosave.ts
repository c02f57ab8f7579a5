import { useEffect, useMemo, useRef, useState } from 'react'
import type { Result } from '@shared/result'
import { registerPendingWrites } from '../../app/pendingWrites'
import { AutosaveScheduler, type AutosaveStatus } from './autosaveScheduler'

/** Saves `value` as it changes (see AutosaveScheduler), and whatever is pending when unmounted. */
export function useAutosave<T>(save: (value: T) => Promise<Result<void>>) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' })
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  }, [save])
  const scheduler = useMemo(
    () =>
      new AutosaveScheduler<T>((value) => saveRef.current(value), setStatus, {
        now: () => Date.now(),
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (id) => window.clearTimeout(id),
      }),
    [],
  )
  useEffect(() => {
    // Leaving the page or hiding the window writes at once rather than waiting for the debounce.
    const flush = () => void scheduler.flush()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    const unregister = registerPendingWrites({
      flush: () => scheduler.flush(),
      hasUnsaved: () => scheduler.hasUnsaved,
    })
    return () => {
      unregister()
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      void scheduler.flush()
      scheduler.dispose()
    }
  }, [scheduler])
  const controls = useMemo(
    () => ({
      change: (value: T) => scheduler.change(value),
      retry: () => scheduler.retry(),
      flush: () => scheduler.flush(),
      discard: () => scheduler.discard(),
    }),
    [scheduler],
  )
  return { status, ...controls }
}
