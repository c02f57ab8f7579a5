import { useEffect } from 'react'
import { flushPendingWrites, hasUnsavedWrites } from './pendingWrites'

/**
 * Holds a reload or close while typed words are still on their way to the disk: an IndexedDB
 * write still under way when the page unloads is abandoned. The write starts at once; the
 * browser asks "Leave site?", and the desktop app closes again by itself once the write is done.
 */
export function useUnsavedWritesGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWrites()) return
      void flushPendingWrites()
      event.preventDefault()
      // Older Chromium (and so older Electron) looks at returnValue rather than preventDefault().
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [])
}
