import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { ToastRegion, type ToastView } from '../ui/ToastRegion'

export interface ToastRequest {
  readonly message: string
  /** An "Undo" button; toasts with undo stay 8 s, others 4 s. */
  readonly undo?: () => void
}

interface Toasts {
  readonly show: (toast: ToastRequest) => void
}

const ToastContext = createContext<Toasts | null>(null)

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly ToastView[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id))
  }, [])
  const show = useCallback(
    (request: ToastRequest) => {
      const id = nextId.current++
      const undo = request.undo
      const view: ToastView = {
        id,
        message: request.message,
        onUndo: undo
          ? () => {
              dismiss(id)
              undo()
            }
          : undefined,
      }
      setToasts((current) => [...current.slice(-2), view])
      window.setTimeout(() => dismiss(id), undo ? 8000 : 4000)
    },
    [dismiss],
  )
  const value = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} />
    </ToastContext.Provider>
  )
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext)
  if (!toasts) throw new Error('useToasts outside ToastProvider')
  return toasts
}
