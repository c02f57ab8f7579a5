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
import { ToastRegion, type ToastView } from '../ui/ToastRegion'
import { useEscapeDismissesToast } from './useEscapeDismissesToast'

export interface ToastRequest {
  readonly message: string
  /** An "Undo" button; toasts with undo stay 8 s, others 4 s. */
  readonly undo?: () => void
  /**
   * After a deletion: focus goes to Undo, one key away instead of a long Tab through the page,
   * and the toast waits while it has focus.
   */
  readonly focusUndo?: boolean
}

interface Toasts {
  readonly show: (toast: ToastRequest) => void
}

interface ToastTimer {
  handle: number | null
  /** Milliseconds left when the timer last stopped, or the whole duration before it starts. */
  remaining: number
  startedAt: number
}

const ToastContext = createContext<Toasts | null>(null)

/** The shell's scrolling content (Shell.tsx), focusable with tabIndex 0. */
const contentId = 'main'

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly ToastView[]>([])
  const nextId = useRef(1)
  const timers = useRef(new Map<number, ToastTimer>())
  // While the pointer or focus is on a toast its clock stops, so there is time to read it and
  // reach Undo (WCAG 2.2.1, timing adjustable).
  const paused = useRef(false)

  const dismiss = useCallback((id: number) => {
    const focused = document.activeElement?.closest('[data-toast-id]')
    // Focus on a vanishing Undo or × would fall to the document's start; the content is nearer.
    if (focused?.getAttribute('data-toast-id') === String(id)) {
      document.getElementById(contentId)?.focus({ preventScroll: true })
    }
    const timer = timers.current.get(id)
    if (timer?.handle != null) window.clearTimeout(timer.handle)
    timers.current.delete(id)
    // A toast removed under the pointer or focus may never report that they left.
    if (timers.current.size === 0) paused.current = false
    setToasts((current) => current.filter((toast) => toast.id !== id))
  }, [])

  const run = useCallback(
    (id: number, timer: ToastTimer) => {
      timer.startedAt = Date.now()
      timer.handle = window.setTimeout(() => dismiss(id), timer.remaining)
    },
    [dismiss],
  )

  const pause = useCallback(() => {
    paused.current = true
    for (const timer of timers.current.values()) {
      if (timer.handle === null) continue
      window.clearTimeout(timer.handle)
      timer.handle = null
      timer.remaining = Math.max(0, timer.remaining - (Date.now() - timer.startedAt))
    }
  }, [])

  const resume = useCallback(() => {
    paused.current = false
    // At least a second and a half after the pointer or focus leaves, so nothing vanishes at once.
    for (const [id, timer] of timers.current) {
      if (timer.handle !== null) continue
      timer.remaining = Math.max(timer.remaining, 1500)
      run(id, timer)
    }
  }, [run])

  const show = useCallback(
    (request: ToastRequest) => {
      const id = nextId.current++
      const undo = request.undo
      const view: ToastView = {
        id,
        message: request.message,
        focusUndo: undo !== undefined && request.focusUndo === true,
        onUndo: undo
          ? () => {
              dismiss(id)
              undo()
            }
          : undefined,
      }
      setToasts((current) => {
        // Two at most, so a burst never stacks down over the page's heading and its buttons:
        // the oldest makes way, and its timer goes with it.
        for (const dropped of current.slice(0, -1)) {
          const timer = timers.current.get(dropped.id)
          if (timer?.handle != null) window.clearTimeout(timer.handle)
          timers.current.delete(dropped.id)
        }
        return [...current.slice(-1), view]
      })
      const timer: ToastTimer = { handle: null, remaining: undo ? 8000 : 4000, startedAt: 0 }
      timers.current.set(id, timer)
      if (!paused.current) run(id, timer)
    },
    [dismiss, run],
  )

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending.values())
        if (timer.handle !== null) window.clearTimeout(timer.handle)
    }
  }, [])

  const escapable = toasts.filter((toast) => toast.onUndo === undefined).at(-1)?.id ?? null
  useEscapeDismissesToast(escapable, dismiss)

  const value = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion
        toasts={toasts}
        escapableId={escapable}
        onDismiss={dismiss}
        onPause={pause}
        onResume={resume}
      />
    </ToastContext.Provider>
  )
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext)
  if (!toasts) throw new Error('useToasts outside ToastProvider')
  return toasts
}
