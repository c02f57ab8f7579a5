import { useEffect, useRef, useState } from 'react'
import { newId } from '../../app/newId'
import { useToasts } from '../../app/ToastContext'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'
import {
  addRepairStep,
  changeRepairStep,
  removeRepairStep,
  repairProgress,
  restoreRepairStep,
} from '../../domain/apology/drafts/repairPlan'
import type { ApologyDraft, RepairStep } from '../../domain/apology/drafts/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { AddCommitmentDialog } from './AddCommitmentDialog'
import type { DraftEditor } from './useDraftEditor'

export interface RepairPlanViewProps {
  readonly draft: ApologyDraft
  readonly edit: (patch: DraftPatch) => void
  readonly apply: DraftEditor['apply']
}

/** The repair offer made concrete: steps with days, checked off as they are kept. */
export function RepairPlanView({ draft, edit, apply }: RepairPlanViewProps) {
  const toasts = useToasts()
  const [committing, setCommitting] = useState<RepairStep | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const steps = draft.repairSteps
  const progress = repairProgress(steps)
  const offer = (draft.content.answers.repair ?? '').trim()

  useEffect(() => {
    if (!focusId) return
    listRef.current?.querySelector<HTMLInputElement>(`[data-step-id="${focusId}"]`)?.focus()
    setFocusId(null)
  }, [focusId])

  const setSteps = (transform: (current: readonly RepairStep[]) => readonly RepairStep[]) =>
    apply((current, now) => ({
      ...current,
      repairSteps: transform(current.repairSteps),
      updatedAt: now.toISOString(),
    }))

  function add() {
    const id = newId()
    edit({ repairSteps: addRepairStep(steps, id) })
    setFocusId(id)
  }

  function remove(step: RepairStep) {
    const removed = removeRepairStep(steps, step.id)
    if (!removed) return
    edit({ repairSteps: removed.steps })
    toasts.show({
      message: step.text.trim() ? `Removed “${step.text.trim()}”.` : 'Removed an empty step.',
      undo: () => setSteps((current) => restoreRepairStep(current, removed.removed, removed.index)),
    })
  }

  return (
    <section className="apology-repair" aria-labelledby="apology-repair-title">
      <h2 id="apology-repair-title" tabIndex={-1}>
        Repair plan
      </h2>
      <p className="muted">
        Turn your offer into steps you can actually take, each with a day. Tick them off as you
        follow through; a step you’ll repeat can become a commitment to keep.
      </p>
      {offer ? (
        <blockquote className="apology-repair__offer">
          <span className="visually-hidden">Your offer in the letter: </span>
          {offer}
        </blockquote>
      ) : (
        <Notice>
          The letter doesn’t offer repair yet. You can plan steps here anyway, or add an offer in
          the “Making it right” step.
        </Notice>
      )}
      {progress.total > 0 && (
        <p role="status">
          {progress.done} of {progress.total} {progress.total === 1 ? 'step' : 'steps'} done
        </p>
      )}
      {steps.length > 0 && (
        <div className="apology-repair__columns" aria-hidden="true">
          <span>Done</span>
          <span>Step</span>
          <span>By</span>
        </div>
      )}
      <ol className="apology-repair__list" ref={listRef}>
        {steps.map((step, index) => (
          <li key={step.id} className="apology-repair__step">
            <label className="apology-repair__done">
              <input
                type="checkbox"
                checked={step.done}
                onChange={(event) =>
                  edit({
                    repairSteps: changeRepairStep(steps, step.id, { done: event.target.checked }),
                  })
                }
              />
              <span className="visually-hidden">Done: step {index + 1}</span>
            </label>
            <label className="field apology-repair__text">
              <span className="visually-hidden">Step {index + 1}</span>
              <input
                className="input"
                autoComplete="off"
                data-step-id={step.id}
                placeholder="e.g. Book our first session with a counsellor"
                value={step.text}
                onChange={(event) =>
                  edit({
                    repairSteps: changeRepairStep(steps, step.id, { text: event.target.value }),
                  })
                }
              />
            </label>
            <label className="field apology-repair__date">
              <span className="visually-hidden">Day for step {index + 1}</span>
              <input
                className="input"
                type="date"
                autoComplete="off"
                value={step.date}
                onChange={(event) =>
                  edit({
                    repairSteps: changeRepairStep(steps, step.id, { date: event.target.value }),
                  })
                }
              />
            </label>
            <div className="row apology-repair__actions">
              {step.commitmentId ? (
                <span className="chip">A commitment</span>
              ) : (
                <Button
                  size="small"
                  disabled={step.text.trim() === ''}
                  onClick={() => setCommitting(step)}
                  aria-label={`Add step ${index + 1} as a commitment`}
                >
                  Add as a commitment
                </Button>
              )}
              <Button
                size="small"
                variant="quiet"
                onClick={() => remove(step)}
                aria-label={`Remove step ${index + 1}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button onClick={add}>Add a step</Button>
      <AddCommitmentDialog
        apologyId={draft.id}
        step={committing}
        onClose={() => setCommitting(null)}
        onAdded={(stepId, commitmentId) =>
          setSteps((current) => changeRepairStep(current, stepId, { commitmentId }))
        }
      />
    </section>
  )
}
