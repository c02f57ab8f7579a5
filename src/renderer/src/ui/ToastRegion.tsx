import { Button } from './Button'

export interface ToastView {
  readonly id: number
  readonly message: string
  readonly onUndo: (() => void) | undefined
}

export function ToastRegion({
  toasts,
  onDismiss,
}: {
  readonly toasts: readonly ToastView[]
  readonly onDismiss: (id: number) => void
}) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{toast.message}</span>
          {toast.onUndo && (
            <Button size="small" onClick={toast.onUndo}>
              Undo
            </Button>
          )}
          <Button size="small" variant="quiet" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
            ×
          </Button>
        </div>
      ))}
    </div>
  )
}
