import { useId, useState, type FormEvent } from 'react'
import type { Result } from '@shared/result'
import type { Agreement } from '../../domain/agreements/types'
import { isLocalDate, type Weekday } from '../../domain/commitments/calendar/localDate'
import { scheduleProblem } from '../../domain/commitments/schedule'
import type { Commitment, CommitmentLink, Schedule } from '../../domain/commitments/types'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'
import { useFormDraft } from '../formDrafts/useFormDraft'
import { weekdayNames, weekdaysFromMonday } from './scheduleText'

export interface CommitmentFormValues {
  readonly title: string
  readonly schedule: Schedule
  readonly link: CommitmentLink | null
  readonly startDate: string
}

export interface CommitmentFormProps {
  readonly commitment?: Commitment
  /** Agreements still in place, to link to. */
  readonly agreements: readonly Agreement[]
  readonly today: string
  readonly onSubmit: (values: CommitmentFormValues) => Promise<Result<void>>
  readonly onCancel: () => void
}

type Kind = Schedule['kind']

const kindLabels: readonly [Kind, string][] = [
  ['daily', 'Every day'],
  ['weekdays', 'On certain days of the week'],
  ['timesPerWeek', 'A number of times a week, any days'],
]

/** Reads back the days of a kept draft ("1,3,5"), keeping only real weekdays. */
function keptDays(text: string): Weekday[] {
  return weekdaysFromMonday.filter((day) => text.split(',').includes(String(day)))
}

export function CommitmentForm({
  commitment,
  agreements,
  today,
  onSubmit,
  onCancel,
}: CommitmentFormProps) {
  const current = commitment?.schedules[commitment.schedules.length - 1]?.schedule
  const [title, setTitle] = useState(commitment?.title ?? '')
  const [kind, setKind] = useState<Kind>(current?.kind ?? 'daily')
  const [days, setDays] = useState<readonly Weekday[]>(
    current?.kind === 'weekdays' ? current.days : [1, 3, 5],
  )
  const [times, setTimes] = useState(current?.kind === 'timesPerWeek' ? current.times : 3)
  const [agreementId, setAgreementId] = useState(
    commitment?.link?.kind === 'agreement' ? commitment.link.agreementId : '',
  )
  const [startDate, setStartDate] = useState(today)
  const [scheduleError, setScheduleError] = useState<string | null>(null)
  const [titleError, setTitleError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const ids = useId()
  const kept = useFormDraft(
    commitment ? `commitment:${commitment.id}:edit` : 'commitment:new',
    { title, kind, days: days.join(','), times: String(times), agreementId, startDate },
    (restored) => {
      // A kept draft is checked again field by field; what does not fit keeps the form's value.
      setTitle(restored.title)
      const keptKind = kindLabels.find(([known]) => known === restored.kind)?.[0]
      if (keptKind) setKind(keptKind)
      setDays(keptDays(restored.days))
      const keptTimes = Number(restored.times)
      if (Number.isInteger(keptTimes) && keptTimes >= 1 && keptTimes <= 7) setTimes(keptTimes)
      if (restored.agreementId === '' || agreements.some((a) => a.id === restored.agreementId))
        setAgreementId(restored.agreementId)
      if (isLocalDate(restored.startDate) && restored.startDate <= today)
        setStartDate(restored.startDate)
    },
  )

  const schedule: Schedule =
    kind === 'daily' ? { kind } : kind === 'weekdays' ? { kind, days } : { kind, times }
  // A link to a repair step is kept as it is: this form only offers agreements.
  const link: CommitmentLink | null =
    agreementId !== ''
      ? { kind: 'agreement', agreementId }
      : commitment?.link?.kind === 'repair-step'
        ? commitment.link
        : null

  async function submit(event: FormEvent) {
    event.preventDefault()
    const problem = scheduleProblem(schedule)
    setScheduleError(problem)
    setTitleError(null)
    if (problem !== null) return
    setSaving(true)
    const saved = await onSubmit({ title, schedule, link, startDate })
    setSaving(false)
    if (!saved.ok) setTitleError(saved.error.message)
    else kept.forget()
  }

  function cancel() {
    kept.forget()
    onCancel()
  }

  const toggleDay = (day: Weekday) =>
    setDays((chosen) => (chosen.includes(day) ? chosen.filter((d) => d !== day) : [...chosen, day]))

  return (
    <form className="commitment-form" onSubmit={(event) => void submit(event)} noValidate>
      <KeptDraftNote shown={kept.keptFromBefore} />
      <TextField
        label="What will you do?"
        hint="Something small and kind you can repeat, like “Ask how her day went, and listen”."
        value={title}
        error={titleError}
        onChange={(event) => setTitle(event.target.value)}
      />
      <fieldset className="choice-group">
        <legend className="field__label">How often</legend>
        {kindLabels.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {label}
          </label>
        ))}
        {kind === 'weekdays' && (
          <fieldset className="weekday-picker">
            <legend className="visually-hidden">Which days</legend>
            {weekdaysFromMonday.map((day) => (
              <label key={day} className="weekday-picker__day">
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={() => toggleDay(day)}
                />
                <span>{weekdayNames[day].slice(0, 3)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {kind === 'timesPerWeek' && (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-times`}>
              Times a week
            </label>
            <select
              id={`${ids}-times`}
              className="select select--narrow"
              value={times}
              onChange={(event) => setTimes(Number(event.target.value))}
            >
              {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        )}
        {scheduleError && (
          <span className="field__error" role="alert">
            {scheduleError}
          </span>
        )}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-link`}>
          Part of an agreement
        </label>
        <span className="field__hint" id={`${ids}-link-hint`}>
          Optional. Linking shows which agreement this small action serves.
        </span>
        <select
          id={`${ids}-link`}
          className="select"
          aria-describedby={`${ids}-link-hint`}
          value={agreementId}
          onChange={(event) => setAgreementId(event.target.value)}
        >
          <option value="">Not linked</option>
          {agreements.map((agreement) => (
            <option key={agreement.id} value={agreement.id}>
              {agreement.title}
            </option>
          ))}
        </select>
      </div>
      {commitment ? (
        <Notice>
          A new schedule counts from today; the days before keep the schedule they had.
        </Notice>
      ) : (
        <TextField
          label="Counting from"
          type="date"
          max={today}
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
      )}
      <div className="actions actions--start">
        <Button type="submit" variant="primary" disabled={saving}>
          {commitment ? 'Save changes' : 'Save commitment'}
        </Button>
        <Button onClick={cancel}>Cancel</Button>
      </div>
    </form>
  )
}
