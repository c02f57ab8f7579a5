import { useState, type FormEvent } from 'react'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'

export interface RenameDialogProps {
  /** The current title; null keeps the dialog closed. */
  readonly title: string | null
  readonly onRename: (title: string) => void
  readonly onClose: () => void
}

export const maxApologyTitleLength = 120

export function RenameDialog({ title, onRename, onClose }: RenameDialogProps) {
  return (
    <Dialog open={title !== null} title="Rename this apology" onClose={onClose}>
      {title !== null && <RenameForm initial={title} onRename={onRename} onClose={onClose} />}
    </Dialog>
  )
}

function RenameForm({
  initial,
  onRename,
  onClose,
}: {
  readonly initial: string
  readonly onRename: (title: string) => void
  readonly onClose: () => void
}) {
  const [value, setValue] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  function submit(event: FormEvent) {
    event.preventDefault()
    if (value.trim() === '') {
      setError('Give it a short name only you will see, like “The phone” or “Saturday night”.')
      return
    }
    onRename(value.trim())
    onClose()
  }
  return (
    <form onSubmit={submit}>
      <TextField
        label="Name"
        hint="Only you see this."
        value={value}
        maxLength={maxApologyTitleLength}
        error={error}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" type="submit">
          Rename
        </Button>
      </div>
    </form>
  )
}
