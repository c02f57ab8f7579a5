import { useState, type FormEvent } from 'react'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'

export interface PromptEditorProps {
  readonly initial: { readonly text: string; readonly why: string }
  /** Returns an error message, or null when saved. */
  readonly onSave: (wording: { text: string; why: string }) => Promise<string | null>
  readonly onCancel: () => void
}

export function PromptEditor({ initial, onSave, onCancel }: PromptEditorProps) {
  const [text, setText] = useState(initial.text)
  const [why, setWhy] = useState(initial.why)
  const [error, setError] = useState<string | null>(null)
  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(await onSave({ text, why }))
  }
  return (
    <form onSubmit={submit} className="stack">
      <TextField label="Prompt" value={text} autoFocus error={error} onChange={(event) => setText(event.target.value)} />
      <TextField label="Why this helps (optional)" value={why} onChange={(event) => setWhy(event.target.value)} />
      <div className="actions actions--start">
        <Button type="submit" variant="primary">
          Save prompt
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  )
}
