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
  // Waiting out the typing pause reads as "Saving…" too: the words are on their way within two
  // seconds, and "Unsaved changes" flashing under every keystroke only alarms.
  const text = state === 'saved' ? 'Saved' : 'Saving…'
  return (
    <span className="save-status" role="status" aria-live="polite" data-state={state}>
      {text}
    </span>
  )
}
