import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useSession } from '../../app/SessionContext'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'
import { submitProblemFrom, type SubmitProblem } from '../vault/passphraseFormProblems'
import { useWrongPassphrasePause } from '../vault/useWrongPassphrasePause'

export interface NewRecoveryWordsFormProps {
  readonly onMade: (words: readonly string[]) => void
  readonly onCancel: () => void
}

interface ShownProblem extends SubmitProblem {
  /** The passphrase field's value when it was found: shown until that value is edited. */
  readonly value: string
}

/** New words only for whoever knows the passphrase: an unlocked window alone is not enough. */
export function NewRecoveryWordsForm({ onMade, onCancel }: NewRecoveryWordsFormProps) {
  const { vault } = useSession()
  const pauseAfter = useWrongPassphrasePause()
  const [current, setCurrent] = useState('')
  const [problem, setProblem] = useState<ShownProblem | null>(null)
  const [busy, setBusy] = useState(false)
  const [problemsFound, setProblemsFound] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    inputRef.current?.focus()
  }, [])

  // Back to the field, its text selected, once it is enabled again (disabled inputs take no focus).
  useEffect(() => {
    if (busy || problemsFound === 0) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [busy, problemsFound])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (current.length === 0) {
      setProblem({
        field: 'current',
        message: 'Type the passphrase you use now to unlock this journal.',
        value: '',
      })
      setProblemsFound((count) => count + 1)
      return
    }
    setBusy(true)
    setProblem(null)
    const result = await vault.recoveryWords.replace(current)
    await pauseAfter(result)
    setBusy(false)
    if (result.ok) return onMade(result.value)
    setProblem({ ...submitProblemFrom(result.error), value: current })
    setProblemsFound((count) => count + 1)
  }

  const fieldError =
    problem?.field === 'current' && problem.value === current ? problem.message : null
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>
        Your current recovery words stop opening this journal as soon as the new ones are made. Your
        passphrase keeps working. Backups made before now still open with the old words.
      </p>
      <TextField
        ref={inputRef}
        label="Current passphrase"
        hint="The one you use to unlock Mend now."
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={fieldError}
        disabled={busy}
      />
      {problem && problem.field !== 'current' && <Notice tone="error">{problem.message}</Notice>}
      <div className="actions actions--start">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Making new words…' : 'Make new recovery words'}
        </Button>
        <Button variant="quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
