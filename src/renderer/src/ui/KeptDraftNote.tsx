export interface KeptDraftNoteProps {
  readonly shown: boolean
}

/**
 * One quiet line over a form that reopened with words typed before a lock, so finding them there
 * is not a puzzle. Not an alert: nothing went wrong.
 */
export function KeptDraftNote({ shown }: KeptDraftNoteProps) {
  if (!shown) return null
  return <p className="muted">Kept from before Mend locked.</p>
}
