import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Result } from '@shared/result'
import { agreementProblems } from '../../domain/agreements/agreementProblems'
import {
  agreementKinds,
  type Agreement,
  type AgreementDraft,
  type AgreementKind,
} from '../../domain/agreements/types'
import { addDays } from '../../domain/commitments/calendar/localDate'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { Notice } from '../../ui/Notice'
import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'
import { useFormDraft } from '../formDrafts/useFormDraft'
import { agreementKindNames } from './agreementKindNames'

export interface AgreementFormProps {
  /** The agreement being edited, or undefined for a new one. */
  readonly agreement?: Agreement
  readonly today: string
  readonly onSubmit: (draft: AgreementDraft) => Promise<Result<void>>
  readonly onCancel: () => void
}

type FormDraft = Omit<AgreementDraft, 'kind'> & { readonly kind: AgreementKind | '' }
type FieldErrors = Partial<Record<keyof AgreementDraft, string>>

function startingDraft(agreement: Agreement | undefined, today: string): FormDraft {
  if (agreement) return agreement
  return {
    kind: '',
    title: '',
    whatIWillDo: '',
    whatMyPartnerWillDo: '',
    whyItMatters: '',
    startDate: today,
    // Four weeks: long enough to live with it, soon enough to adjust together.
    reviewDate: addDays(today, 28),
  }
}

/** A kept draft's kind is checked again: only a kind Mend knows goes back into the form. */
function restoredDraft(kept: FormDraft): FormDraft {
  const kind = agreementKinds.find((known) => known === kept.kind) ?? ''
  return { ...kept, kind }
}

/** Writing or editing an agreement; every problem is shown beside its field. */
export function AgreementForm({ agreement, today, onSubmit, onCancel }: AgreementFormProps) {
  const [draft, setDraft] = useState<FormDraft>(() => startingDraft(agreement, today))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)
  const kindId = useId()
  const kept = useFormDraft(
    agreement ? `agreement:${agreement.id}:edit` : 'agreement:new',
    draft,
    (restored) => setDraft(restoredDraft(restored)),
  )

  // After a save attempt with problems, the first field to fix takes focus.
  useEffect(() => {
    if (attempt === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [attempt])

  const change = (patch: Partial<FormDraft>) => setDraft((current) => ({ ...current, ...patch }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const complete = draft as AgreementDraft
    const problems = agreementProblems(complete)
    const found: FieldErrors = {}
    for (const problem of problems) found[problem.field] ??= problem.message
    setErrors(found)
    setFailure(null)
    if (problems.length > 0) {
      setAttempt((count) => count + 1)
      return
    }
    setSaving(true)
    const saved = await onSubmit(complete)
    setSaving(false)
    if (!saved.ok) setFailure(saved.error.message)
    else kept.forget()
  }

  function cancel() {
    kept.forget()
    onCancel()
  }

  return (
    <form
      ref={formRef}
      className="agreement-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <KeptDraftNote shown={kept.keptFromBefore} />
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          Kind of agreement
        </label>
        <select
          id={kindId}
          className="select"
          value={draft.kind}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={errors.kind ? `${kindId}-error` : undefined}
          onChange={(event) => change({ kind: event.target.value as AgreementKind | '' })}
        >
          <option value="">Choose a kind…</option>
          {agreementKinds.map((kind) => (
            <option key={kind} value={kind}>
              {agreementKindNames[kind]}
            </option>
          ))}
        </select>
        {errors.kind && (
          <span className="field__error" id={`${kindId}-error`} role="alert">
            {errors.kind}
          </span>
        )}
      </div>
      <TextField
        label="Title"
        hint="A few words you will both recognise, like “Phone-free dinners”."
        value={draft.title}
        error={errors.title}
        onChange={(event) => change({ title: event.target.value })}
      />
      <TextArea
        className="textarea--short"
        label="What I will do"
        rows={3}
        value={draft.whatIWillDo}
        error={errors.whatIWillDo}
        onChange={(event) => change({ whatIWillDo: event.target.value })}
      />
      <TextArea
        className="textarea--short"
        label="What my partner will do"
        rows={3}
        value={draft.whatMyPartnerWillDo}
        error={errors.whatMyPartnerWillDo}
        onChange={(event) => change({ whatMyPartnerWillDo: event.target.value })}
      />
      <TextArea
        className="textarea--short"
        label="Why it matters"
        hint="Optional. For the day one of you wonders what it was for."
        rows={3}
        value={draft.whyItMatters}
        error={errors.whyItMatters}
        onChange={(event) => change({ whyItMatters: event.target.value })}
      />
      <div className="grid-2">
        <TextField
          label="Starts on"
          type="date"
          value={draft.startDate}
          error={errors.startDate}
          onChange={(event) => change({ startDate: event.target.value })}
        />
        <TextField
          label="Look at it together again on"
          type="date"
          value={draft.reviewDate}
          error={errors.reviewDate}
          onChange={(event) => change({ reviewDate: event.target.value })}
        />
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="actions actions--start">
        <Button type="submit" variant="primary" disabled={saving}>
          {agreement ? 'Save changes' : 'Save agreement'}
        </Button>
        <Button onClick={cancel}>Cancel</Button>
      </div>
    </form>
  )
}
