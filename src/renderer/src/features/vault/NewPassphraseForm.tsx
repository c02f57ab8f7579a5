import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { assessPassphrase } from '../../crypto/passphraseStrength'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { StrengthMeter } from '../../ui/StrengthMeter'
import { TextField } from '../../ui/TextField'
import {
  findPassphraseFormProblems,
  firstProblemField,
  type PassphraseField,
  type PassphraseFormInput,
  type SubmitProblem,
} from './passphraseFormProblems'
import { usePassphraseAssessment } from './usePassphraseAssessment'

export interface PassphraseFormValues {
  /** Trimmed; empty when the form has no name field. */
  readonly name: string
  /** Empty when the form does not ask for it. */
  readonly currentPassphrase: string
  readonly passphrase: string
}

export interface NewPassphraseFormProps {
  readonly submitLabel: string
  readonly busyLabel: string
  /** Resolves to a problem to show (see submitProblemFrom), or null on success. */
  readonly onSubmit: (values: PassphraseFormValues) => Promise<SubmitProblem | null>
  /** Words the passphrase should not lean on, such as the journal's name. */
  readonly avoidWords?: readonly string[]
  /** Creating a journal: a name field comes first, starting with this value. */
  readonly initialName?: string
  /** Changing the passphrase: the one in use now comes first, and the vault checks it. */
  readonly askForCurrent?: boolean
  readonly passphraseLabel?: string
  readonly secondaryAction?: ReactNode
}

interface ShownSubmitProblem extends SubmitProblem {
  /** The field's value when the vault answered: the problem shows until that value is edited. */
  readonly value: string
}

type FocusTarget = { readonly field: PassphraseField | 'form'; readonly select: boolean }

const passphraseHint =
  'A few unrelated words you will remember is stronger than a short password. At least 10 characters.'

/**
 * Errors appear only after a first attempt to submit, then follow the typing: each sits under
 * its own field and is recomputed from the values, so it is never left behind by a fix.
 */
export function NewPassphraseForm(props: NewPassphraseFormProps) {
  const { submitLabel, busyLabel, onSubmit, avoidWords = [], initialName, secondaryAction } = props
  const { askForCurrent = false, passphraseLabel = 'Passphrase' } = props
  const hasName = initialName !== undefined
  const [name, setName] = useState(initialName ?? '')
  const [current, setCurrent] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [submitProblem, setSubmitProblem] = useState<ShownSubmitProblem | null>(null)
  const [busy, setBusy] = useState(false)
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null)
  const inputs = useRef<Partial<Record<PassphraseField, HTMLInputElement | null>>>({})
  const submitButton = useRef<HTMLButtonElement>(null)
  const avoid = hasName ? [...avoidWords, name] : avoidWords
  const assessment = usePassphraseAssessment(passphrase, avoid)
  const values: Record<PassphraseField, string> = { name, current, passphrase, confirmation }
  const inputFor = (assessed: PassphraseFormInput['assessment']): PassphraseFormInput => ({
    name: hasName ? name : null,
    currentPassphrase: askForCurrent ? current : null,
    passphrase,
    confirmation,
    assessment: assessed,
  })
  const problems = attempted ? findPassphraseFormProblems(inputFor(assessment)) : {}
  const isShown = (field: PassphraseField) =>
    field === 'name' ? hasName : field === 'current' ? askForCurrent : true

  // After the fields are enabled again: a disabled input cannot take focus.
  useEffect(() => {
    if (!focusTarget || busy) return
    const target =
      focusTarget.field === 'form' ? submitButton.current : inputs.current[focusTarget.field]
    target?.focus()
    if (focusTarget.select && target instanceof HTMLInputElement) target.select()
    setFocusTarget(null)
  }, [focusTarget, busy])

  function errorFor(field: PassphraseField): string | null {
    const local = problems[field]
    if (local) return local
    const answered = submitProblem?.field === field && submitProblem.value === values[field]
    return answered ? submitProblem.message : null
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setAttempted(true)
    setSubmitProblem(null)
    // Assessed afresh: the meter's answer for the last keystroke may still be on its way.
    const fresh = passphrase.length > 0 ? await assessPassphrase(passphrase, avoid) : null
    const first = firstProblemField(findPassphraseFormProblems(inputFor(fresh)))
    if (first) {
      setFocusTarget({ field: first, select: false })
      return
    }
    setBusy(true)
    const problem = await onSubmit({ name: name.trim(), currentPassphrase: current, passphrase })
    setBusy(false)
    if (!problem) {
      // Still here (Settings): start clean, with focus back where it was before the wait.
      setCurrent('')
      setPassphrase('')
      setConfirmation('')
      setAttempted(false)
      setFocusTarget({ field: 'form', select: false })
      return
    }
    const field = problem.field !== 'form' && isShown(problem.field) ? problem.field : 'form'
    setSubmitProblem({
      field,
      message: problem.message,
      value: field === 'form' ? '' : values[field],
    })
    setFocusTarget({ field, select: field === 'current' })
  }

  const fieldProps = (field: PassphraseField, setValue: (value: string) => void) => ({
    ref: (element: HTMLInputElement | null) => {
      inputs.current[field] = element
    },
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValue(event.target.value),
    error: errorFor(field),
    disabled: busy,
  })
  const passphraseError = errorFor('passphrase')
  const formProblem = submitProblem?.field === 'form' ? submitProblem.message : null

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {hasName && (
        <TextField
          label="Journal name"
          hint="Shown on the lock screen, so choose something you don’t mind others seeing."
          maxLength={40}
          {...fieldProps('name', setName)}
        />
      )}
      {askForCurrent && (
        <TextField
          label="Current passphrase"
          hint="The one you use to unlock Mend now."
          type="password"
          autoComplete="current-password"
          {...fieldProps('current', setCurrent)}
        />
      )}
      <TextField
        label={passphraseLabel}
        hint={passphraseHint}
        type="password"
        autoComplete="new-password"
        {...fieldProps('passphrase', setPassphrase)}
      />
      {assessment && (
        <StrengthMeter
          score={assessment.score}
          // The field's own error already gives this advice; saying it twice is noise.
          explanation={passphraseError ? null : assessment.explanation}
          meetsMinimum={assessment.meetsMinimum}
        />
      )}
      <TextField
        label="Type it again"
        type="password"
        autoComplete="new-password"
        {...fieldProps('confirmation', setConfirmation)}
      />
      {formProblem && <Notice tone="error">{formProblem}</Notice>}
      <div className="actions actions--start">
        <Button ref={submitButton} type="submit" variant="primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  )
}
