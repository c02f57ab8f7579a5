import { useEffect, useRef, type FocusEvent } from 'react'
import { Button } from './Button'

export interface ToastView {
  readonly id: number
  readonly message: string
  readonly onUndo: (() => void) | undefined
  /** Move focus to Undo when the toast appears (after a deletion). */
  readonly focusUndo: boolean
}

export interface ToastRegionProps {
  readonly toasts: readonly ToastView[]
  /** The toast Escape dismisses; toasts with Undo never are. */
  readonly escapableId: number | null
  readonly onDismiss: (id: number) => void
  /** The pointer or keyboard focus arrived on a toast: stop the clocks. */
  readonly onPause: () => void
  /** They left again. */
  readonly onResume: () => void
}

/**
 * Short notes after an action, announced politely. They sit at the top of the content, away from
 * the buttons and new items people are looking at further down, and Escape dismisses the newest
 * one without an Undo.
 */
export function ToastRegion({
  toasts,
  escapableId,
  onDismiss,
  onPause,
  onResume,
}: ToastRegionProps) {
  const undoToFocus = useRef<HTMLButtonElement>(null)
  const newestFocusing = toasts.filter((toast) => toast.focusUndo).at(-1)?.id
  useEffect(() => {
    undoToFocus.current?.focus()
  }, [newestFocusing])
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onResume()
  }
  return (
    <div
      className="toast-region"
      role="status"
      aria-live="polite"
      onMouseEnter={onPause}
      onMouseLeave={onResume}
      onFocus={onPause}
      onBlur={onBlur}
    >
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-toast-id={toast.id}>
          <span className="toast__message">{toast.message}</span>
          {toast.onUndo && (
            <Button
              ref={toast.id === newestFocusing ? undoToFocus : undefined}
              size="small"
              onClick={toast.onUndo}
            >
              Undo
            </Button>
          )}
          <Button
            size="small"
            variant="quiet"
            aria-label="Dismiss"
            aria-keyshortcuts={toast.id === escapableId ? 'Escape' : undefined}
            onClick={() => onDismiss(toast.id)}
          >
            ×
          </Button>
        </div>
      ))}
    </div>
  )
}
