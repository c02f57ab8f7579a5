import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { JournalSummary, VaultDirectory, VaultSession } from '../db/types'
import { unlockDelayMs } from '../db/unlockThrottle'
import { Button } from '../ui/Button'
import { MendMark } from '../ui/MendMark'
import { TextField } from '../ui/TextField'
import { RecoveryUnlock } from '../features/vault/RecoveryUnlock'
import { JournalPicker } from '../features/vault/JournalPicker'
import { MergedBackupNotice } from '../features/backup/MergedBackupNotice'
import { RestoreFromBackup } from '../features/backup/RestoreFromBackup'

export interface LockScreenProps {
  readonly directory: VaultDirectory
  readonly journals: readonly JournalSummary[]
  readonly onUnlocked: (vault: VaultSession) => void
  readonly onCreateAnother: () => void
}

export function LockScreen({ directory, journals, onUnlocked, onCreateAnother }: LockScreenProps) {
  const [journalId, setJournalId] = useState(journals[0]?.id ?? '')
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState(0)
  const [mode, setMode] = useState<'passphrase' | 'recovery' | 'restore'>('passphrase')
  const inputRef = useRef<HTMLInputElement>(null)
  const journal = journals.find((j) => j.id === journalId)

  useEffect(() => {
    inputRef.current?.focus()
  }, [journalId, mode])

  // After a refusal, back to the field with its text selected, ready to retype. Only once the
  // field is enabled again: a disabled input cannot take focus, which is how it used to be lost.
  useEffect(() => {
    if (busy || error === null) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [busy, error])

  async function unlock(event: FormEvent) {
    event.preventDefault()
    if (busy || !journal) return
    if (passphrase.length === 0) {
      setError('Type your passphrase to open your journal.')
      return
    }
    setBusy(true)
    setError(null)
    const result = await directory.unlock(journal.id, passphrase)
    if (result.ok) {
      setPassphrase('')
      onUnlocked(result.value)
      return
    }
    const failed = failures + 1
    setFailures(failed)
    // A growing pause after each miss makes guessing slow without locking out the owner.
    await new Promise((resolve) => window.setTimeout(resolve, unlockDelayMs(failed)))
    setBusy(false)
    setError(result.error.message)
  }

  if (mode === 'recovery' && journal) {
    return (
      <RecoveryUnlock
        directory={directory}
        journal={journal}
        onUnlocked={onUnlocked}
        onCancel={() => setMode('passphrase')}
      />
    )
  }

  if (mode === 'restore') {
    return (
      <RestoreFromBackup
        directory={directory}
        onRestored={onUnlocked}
        onCancel={() => setMode('passphrase')}
        cancelLabel="Back to unlock"
      />
    )
  }

  return (
    <main className="centered">
      <form className="narrow card stack" onSubmit={unlock} aria-labelledby="lock-title">
        <div className="row">
          <MendMark size={36} />
          <h1 id="lock-title" style={{ margin: 0 }}>
            Mend is locked
          </h1>
        </div>
        <MergedBackupNotice />
        <JournalPicker journals={journals} selectedId={journalId} onSelect={setJournalId} />
        <TextField
          ref={inputRef}
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={error}
          disabled={busy}
        />
        <div className="actions actions--start">
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </Button>
        </div>
        {busy && (
          <p className="muted" role="status">
            Opening takes a moment on purpose: it makes guessing a passphrase very slow.
          </p>
        )}
        <div className="row">
          <Button variant="quiet" size="small" onClick={() => setMode('recovery')}>
            Forgot your passphrase? Use your recovery words
          </Button>
          <Button variant="quiet" size="small" onClick={onCreateAnother}>
            Start a separate journal
          </Button>
          <Button variant="quiet" size="small" onClick={() => setMode('restore')}>
            Restore from a backup
          </Button>
        </div>
      </form>
    </main>
  )
}
