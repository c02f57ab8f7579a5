import { useEffect, useRef, useState, type FormEvent } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { backupErrors } from '../../crypto/backupErrors'
import type { BackupProgress, RestoredJournal } from '../../db/backupTypes'
import type { VaultDirectory, VaultSession } from '../../db/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { BackupProgressBar } from './BackupProgressBar'
import { BackupSecretFields, focusSecretField } from './BackupSecretFields'
import { useBackupSecretEntry } from './useBackupSecretEntry'
import { BackupSummaryView } from './BackupSummaryView'
import { backupSecretFrom, emptyBackupSecretInput } from './backupSecretInput'
import { chooseBackupFile, type ChosenBackup } from './chooseBackupFile'
import { RestoredJournalStep } from './RestoredJournalStep'

export interface RestoreFromBackupProps {
  readonly directory: VaultDirectory
  /** Opens the restored journal, as after an unlock. */
  readonly onRestored: (vault: VaultSession) => void
  readonly onCancel: () => void
  /** "Back to unlock" on the lock screen, "Back" on the welcome screen. */
  readonly cancelLabel: string
}

type Step =
  | { readonly name: 'choose' }
  | { readonly name: 'secret'; readonly backup: ChosenBackup }
  | { readonly name: 'restoring'; readonly progress: BackupProgress }
  | { readonly name: 'restored'; readonly restored: RestoredJournal }

const secretErrors = new Set(['wrong-passphrase', 'wrong-recovery-words', 'key-derivation-failed'])

/** A journal from a .mendbackup on a computer that does not have it yet. */
export function RestoreFromBackup({
  directory,
  onRestored,
  onCancel,
  cancelLabel,
}: RestoreFromBackupProps) {
  const platform = usePlatform()
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const {
    secret,
    setSecret,
    fileError,
    setFileError,
    secretError,
    setSecretError,
    refuseSecret,
    formRef,
    clear,
  } = useBackupSecretEntry()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Back from a refused passphrase: straight to the field, whose error is read out with it.
    if (step.name === 'secret' && secretError) focusSecretField(formRef.current)
    else headingRef.current?.focus()
    // Only a change of step moves focus; typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.name])

  async function choose() {
    clear()
    const chosen = await chooseBackupFile(platform)
    if (!chosen.ok) {
      setStep({ name: 'choose' })
      return setFileError(chosen.error.message)
    }
    if (chosen.value === null) return
    // Said before any passphrase is typed: restoring could never succeed.
    const journals = await directory.list().catch(() => [])
    if (journals.some((journal) => journal.id === chosen.value?.summary.journalId)) {
      setStep({ name: 'choose' })
      return setFileError(journalExistsMessage)
    }
    setStep({ name: 'secret', backup: chosen.value })
  }

  async function restore(event: FormEvent) {
    event.preventDefault()
    if (step.name !== 'secret') return
    const { backup } = step
    const typed = backupSecretFrom(secret)
    if (!typed.ok) return refuseSecret(typed.error.message)
    setSecretError(null)
    setStep({ name: 'restoring', progress: { phase: 'unlocking', done: 0, total: 1 } })
    const restored = await directory.restoreBackup(backup.bytes, typed.value, {
      onProgress: (progress) => setStep({ name: 'restoring', progress }),
    })
    if (restored.ok) {
      setSecret(emptyBackupSecretInput)
      return setStep({ name: 'restored', restored: restored.value })
    }
    if (secretErrors.has(restored.error.code)) {
      setStep({ name: 'secret', backup })
      return refuseSecret(restored.error.message)
    }
    setStep({ name: 'choose' })
    setFileError(restored.error.message)
  }

  return (
    <main className="centered">
      <div className="narrow card stack restore-backup">
        {step.name === 'choose' && (
          <>
            <h1 ref={headingRef} tabIndex={-1}>
              Restore from a backup
            </h1>
            <p>
              Choose a .mendbackup file. To open it you will need the passphrase the journal had
              when the backup was made, or its recovery words.
            </p>
            {fileError && <Notice tone="error">{fileError}</Notice>}
            <div className="actions actions--start">
              <Button variant="primary" onClick={() => void choose()}>
                Choose a backup file…
              </Button>
              <Button variant="quiet" onClick={onCancel}>
                {cancelLabel}
              </Button>
            </div>
          </>
        )}
        {step.name === 'secret' && (
          <form ref={formRef} className="stack" onSubmit={(event) => void restore(event)}>
            <h1 ref={headingRef} tabIndex={-1}>
              Restore from a backup
            </h1>
            <BackupSummaryView backup={step.backup} />
            <BackupSecretFields
              value={secret}
              onChange={setSecret}
              error={secretError}
              disabled={false}
            />
            <div className="actions actions--start">
              <Button type="submit" variant="primary">
                Restore journal
              </Button>
              <Button onClick={() => void choose()}>Choose another file…</Button>
              <Button variant="quiet" onClick={onCancel}>
                {cancelLabel}
              </Button>
            </div>
          </form>
        )}
        {step.name === 'restoring' && (
          <>
            <h1 ref={headingRef} tabIndex={-1}>
              Restoring your journal
            </h1>
            <BackupProgressBar operation="restore" progress={step.progress} />
            <p className="muted">Checking the passphrase takes a moment on purpose.</p>
          </>
        )}
        {step.name === 'restored' && (
          <RestoredJournalStep
            restored={step.restored}
            headingRef={headingRef}
            onOpen={() => onRestored(step.restored.session)}
          />
        )}
      </div>
    </main>
  )
}

const journalExistsMessage = (() => {
  const exists = backupErrors.journalExists()
  return exists.ok ? '' : exists.error.message
})()
