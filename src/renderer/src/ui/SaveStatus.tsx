import { Button } from './Button'

export interface SaveStatusProps {
  readonly state: 'saved' | 'pending' | 'saving' | 'failed'
  readonly message?: string
  readonly onRetry: () => void
}

export function SaveStatus({ state, message, onRetry }: SaveStatusProps) {
  if (state === 'failed') {
    return (
      <div className="save-status save-status--failed" role="alert">
        <span>{message ?? 'Not saved yet.'}</span>
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      </div>
    )
  }
  const text = state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Unsaved changes'
  return (
    <span className="save-status" role="status" aria-live="polite" data-state={state}>
      {text}
    </span>
  )
}
