import { useState } from 'react'
import { newId } from '../../app/newId'
import { useSession } from '../../app/SessionContext'
import { today } from '../../app/today'
import { useToasts } from '../../app/ToastContext'
import { CommitmentRepository } from '../../db/commitmentRepository'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { isLocalDate, weekdayOf } from '../../domain/commitments/calendar/localDate'
import { createCommitment } from '../../domain/commitments/commitment'
import {
  repairCommitmentDraft,
  repairCommitmentTitle,
  repairRhythms,
  type RepairRhythm,
} from '../../domain/apology/drafts/repairCommitment'
import type { RepairStep } from '../../domain/apology/drafts/types'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { useFormDraft } from '../formDrafts/useFormDraft'

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function rhythmLabel(rhythm: RepairRhythm, startDate: string): string {
  if (rhythm === 'daily') return 'Every day'
  if (rhythm === 'once-a-week') return 'Once a week, on any day'
  return `Every ${weekdays[weekdayOf(startDate)]}`
}

export interface AddCommitmentDialogProps {
  readonly apologyId: string
  /** The step being made a commitment; null keeps the dialog closed. */
  readonly step: RepairStep | null
  readonly onClose: () => void
  readonly onAdded: (stepId: string, commitmentId: string) => void
}

/**
 * Makes a repair step a commitment to keep, linked back to the step. A rhythm chosen before a
 * lock is back when the dialog reopens for the same step; cancelling lets it go.
 */
export function AddCommitmentDialog({
  apologyId,
  step,
  onClose,
  onAdded,
}: AddCommitmentDialogProps) {
  const { vault } = useSession()
  const toasts = useToasts()
  const [rhythm, setRhythm] = useState<RepairRhythm>('weekly-on-day')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const kept = useFormDraft(
    step ? `apology:${apologyId}:step:${step.id}:commitment` : null,
    { rhythm },
    (restored) => {
      const keptRhythm = repairRhythms.find((known) => known === restored.rhythm)
      if (keptRhythm) setRhythm(keptRhythm)
    },
  )
  const day = today()
  const startDate = step && isLocalDate(step.date) ? step.date : day

  async function add() {
    if (!step) return
    setSaving(true)
    const draft = repairCommitmentDraft(step, apologyId, rhythm, day)
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    const made = createCommitment(draft, newId(), new Date(), timeZone)
    if (!made.ok) {
      setSaving(false)
      setError(made.error.message)
      return
    }
    const saved = await new CommitmentRepository(vault.records).save(made.value)
    setSaving(false)
    if (!saved.ok) {
      setError(saved.error.message)
      return
    }
    kept.forget()
    onAdded(step.id, made.value.id)
    toasts.show({
      message: `“${made.value.title}” is now a commitment. You’ll find it under Agreements.`,
    })
    onClose()
  }

  function close() {
    kept.forget()
    onClose()
  }

  return (
    <Dialog open={step !== null} title="Add as a commitment" onClose={close}>
      {step && (
        <>
          <p>
            <strong>{repairCommitmentTitle(step.text)}</strong>
          </p>
          <KeptDraftNote shown={kept.keptFromBefore} />
          <p className="muted">Starting {readableDate(startDate, { weekday: true })}.</p>
          <fieldset className="rating">
            <legend>How often?</legend>
            <div className="apology-rhythms">
              {repairRhythms.map((option) => (
                <label key={option} className="apology-rhythm">
                  <input
                    type="radio"
                    name="repair-rhythm"
                    value={option}
                    checked={rhythm === option}
                    onChange={() => setRhythm(option)}
                  />{' '}
                  {rhythmLabel(option, startDate)}
                </label>
              ))}
            </div>
          </fieldset>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            <Button onClick={close}>Cancel</Button>
            <Button variant="primary" disabled={saving} onClick={() => void add()}>
              Add commitment
            </Button>
          </div>
        </>
      )}
    </Dialog>
  )
}
