import { useEffect } from 'react'

/**
 * Escape dismisses the newest toast it may (ToastContext passes the newest without an Undo:
 * Escape is what people press to back out of a deletion, and must never throw away its only
 * way back), unless something else on the page has already used the key or a dialog is open
 * (Escape belongs to the dialog then).
 */
export function useEscapeDismissesToast(
  newestId: number | null,
  dismiss: (id: number) => void,
): void {
  useEffect(() => {
    if (newestId === null) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('dialog[open]') !== null) return
      dismiss(newestId)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [newestId, dismiss])
}
