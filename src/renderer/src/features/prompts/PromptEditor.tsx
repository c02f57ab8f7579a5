import { useState, type FormEvent } from 'react'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { TextField } from '../../ui/TextField'
import { useFormDraft } from '../formDrafts/useFormDraft'

export interface PromptEditorProps {
  /** Names this form's unsent words in the journal's form drafts ('prompt:new'). */
  readonly draftKey: string
  readonly initial: { readonly text: string; readonly why: string }
  /** Returns an error message, or null when saved. */
  readonly onSave: (wording: { text: string; why: string }) => Promise<string | null>
  readonly onCancel: () => void
}

export function PromptEditor({ draftKey, initial, onSave, onCancel }: PromptEditorProps) {
  const [text, setText] = useState(initial.text)
  const [why, setWhy] = useState(initial.why)
  const [error, setError] = useState<string | null>(null)
  const kept = useFormDraft(draftKey, { text, why }, (restored) => {
    setText(restored.text)
    setWhy(restored.why)
  })
  async function submit(event: FormEvent) {
    event.preventDefault()
    const problem = await onSave({ text, why })
    setError(problem)
    if (problem === null) kept.forget()
  }
  function cancel() {
    kept.forget()
    onCancel()
  }
  return (
    <form onSubmit={submit} className="stack">
      <KeptDraftNote shown={kept.keptFromBefore} />
      <TextField label="Prompt" value={text} autoFocus error={error} onChange={(event) => setText(event.target.value)} />
      <TextField label="Why this helps (optional)" value={why} onChange={(event) => setWhy(event.target.value)} />
      <div className="actions actions--start">
        <Button type="submit" variant="primary">
          Save prompt
        </Button>
        <Button onClick={cancel}>Cancel</Button>
      </div>
    </form>
  )
}
