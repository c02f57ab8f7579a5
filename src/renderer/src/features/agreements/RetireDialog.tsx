import { useState } from 'react'
import type { Result } from '@shared/result'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { TextArea } from '../../ui/TextArea'
import { useFormDraft } from '../formDrafts/useFormDraft'

export interface RetireDialogProps {
  /** Names the unsent note in the journal's form drafts ('agreement:<id>:retire'). */
  readonly draftKey: string
  readonly open: boolean
  readonly title: string
  readonly onRetire: (note: string) => Promise<Result<void>>
  readonly onClose: () => void
}

/**
 * Closing without retiring keeps the note, as it always has on screen, so it is kept as a draft
 * too; retiring lets it go.
 */
export function RetireDialog({ draftKey, open, title, onRetire, onClose }: RetireDialogProps) {
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const kept = useFormDraft(draftKey, { note }, (restored) => setNote(restored.note))

  async function retire() {
    const retired = await onRetire(note)
    if (!retired.ok) {
      setProblem(retired.error.message)
      return
    }
    kept.forget()
    setNote('')
    setProblem(null)
  }

  return (
    <Dialog open={open} title={`Retire “${title}”`} onClose={onClose}>
      <p className="muted">
        Retiring keeps the agreement and its check-ins in your journal. You can make it active again
        at any time.
      </p>
      <KeptDraftNote shown={kept.keptFromBefore} />
      <TextArea
        className="textarea--short"
        label="Why is it being retired?"
        hint="A few words for later: it became part of life, you replaced it, or it no longer fits."
        rows={3}
        value={note}
        error={problem}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" onClick={() => void retire()}>
          Retire agreement
        </Button>
      </div>
    </Dialog>
  )
}
