import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { assessPassphrase, type PassphraseAssessment } from '../../crypto/passphraseStrength'
import { Button } from '../../ui/Button'
import { StrengthMeter } from '../../ui/StrengthMeter'
import { TextField } from '../../ui/TextField'

export interface NewPassphraseFormProps {
  readonly submitLabel: string
  readonly busyLabel: string
  /** Returns an error message to show, or null on success. */
  readonly onSubmit: (passphrase: string) => Promise<string | null>
  /** Words the passphrase should not lean on, such as the journal's name. */
  readonly avoidWords?: readonly string[]
  readonly children?: ReactNode
  readonly secondaryAction?: ReactNode
}

export function NewPassphraseForm(props: NewPassphraseFormProps) {
  const { submitLabel, busyLabel, onSubmit, avoidWords, children, secondaryAction } = props
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [assessment, setAssessment] = useState<PassphraseAssessment | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    if (passphrase.length === 0) {
      setAssessment(null)
      return
    }
    void assessPassphrase(passphrase, avoidWords ?? []).then((result) => {
      if (current) setAssessment(result)
    })
    return () => {
      current = false
    }
  }, [passphrase, avoidWords])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const checked = await assessPassphrase(passphrase, avoidWords ?? [])
    if (!checked.meetsMinimum) {
      setError(`This passphrase is too easy to guess. ${checked.explanation}`)
      return
    }
    if (confirmation !== passphrase) {
      setError('The two passphrases are different. Type the same passphrase in both boxes.')
      return
    }
    setError(null)
    setBusy(true)
    const failure = await onSubmit(passphrase)
    setBusy(false)
    if (failure) setError(failure)
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {children}
      <TextField
        label="Passphrase"
        hint="A few unrelated words you will remember is stronger than a short password. At least 10 characters."
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        disabled={busy}
      />
      {assessment && (
        <StrengthMeter
          score={assessment.score}
          explanation={assessment.explanation}
          meetsMinimum={assessment.meetsMinimum}
        />
      )}
      <TextField
        label="Type it again"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={error}
        disabled={busy}
      />
      <div className="actions actions--start">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  )
}
