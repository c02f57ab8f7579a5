import { useState, type FormEvent } from 'react'
import type { Result } from '@shared/result'
import type { CheckInInput } from '../../domain/agreements/checkIn'
import { isLocalDate } from '../../domain/commitments/calendar/localDate'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { Notice } from '../../ui/Notice'
import { RatingPicker } from '../../ui/RatingPicker'
import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'
import { useFormDraft } from '../formDrafts/useFormDraft'
import { checkInWords } from './agreementKindNames'

export interface CheckInFormProps {
  /** Names this form's unsent words in the journal's form drafts ('agreement:<id>:check-in'). */
  readonly draftKey: string
  readonly today: string
  readonly onSubmit: (input: CheckInInput) => Promise<Result<void>>
}

/** "How did this go this week?": a rating, a few words, and the day it is about. */
export function CheckInForm({ draftKey, today, onSubmit }: CheckInFormProps) {
  const [rating, setRating] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [date, setDate] = useState(today)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const kept = useFormDraft(
    draftKey,
    { rating: rating === null ? '' : String(rating), note, date },
    (restored) => {
      const keptRating = Number(restored.rating)
      if (Number.isInteger(keptRating) && keptRating >= 1 && keptRating <= 5) setRating(keptRating)
      setNote(restored.note)
      if (isLocalDate(restored.date) && restored.date <= today) setDate(restored.date)
    },
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (rating === null) {
      setProblem('Choose how it went, from 1 to 5, then add the check-in.')
      return
    }
    if (saving) return
    setSaving(true)
    const saved = await onSubmit({ date, rating, note })
    setSaving(false)
    if (!saved.ok) {
      setProblem(saved.error.message)
      return
    }
    kept.forget()
    setProblem(null)
    setRating(null)
    setNote('')
    setDate(today)
  }

  return (
    <form className="check-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <KeptDraftNote shown={kept.keptFromBefore} />
      <RatingPicker
        legend="How did this go this week?"
        hint="For the agreement, not a grade for either of you."
        words={checkInWords}
        value={rating}
        onChange={setRating}
      />
      <TextArea
        className="textarea--short"
        label="A few words"
        hint="Optional: what helped, what got in the way."
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <TextField
        label="The day it is about"
        type="date"
        max={today}
        value={date}
        onChange={(event) => setDate(event.target.value)}
      />
      {problem && <Notice tone="error">{problem}</Notice>}
      {/* aria-disabled, not disabled: a disabled button drops the focus it holds to the page's
          start, and the person pressed it to stay right here. */}
      <Button type="submit" variant="primary" aria-disabled={saving}>
        Add check-in
      </Button>
    </form>
  )
}
