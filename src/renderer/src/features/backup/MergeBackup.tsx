import { useEffect, useRef, useState, type FormEvent } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { flushPendingWrites } from '../../app/pendingWrites'
import type { BackupMerge, BackupProgress, BackupSecret } from '../../db/backupTypes'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { BackupProgressBar } from './BackupProgressBar'
import { BackupSecretFields, focusSecretField } from './BackupSecretFields'
import { useBackupSecretEntry } from './useBackupSecretEntry'
import { BackupSummaryView } from './BackupSummaryView'
import { backupSecretFrom, emptyBackupSecretInput } from './backupSecretInput'
import { chooseBackupFile, type ChosenBackup } from './chooseBackupFile'
import { mergeChangedJournal, nothingNewText, rememberMergeForLockScreen } from './mergedNotice'

type Step =
  | { readonly name: 'idle' }
  | { readonly name: 'chosen'; readonly backup: ChosenBackup }
  | { readonly name: 'merging'; readonly backup: ChosenBackup; readonly progress: BackupProgress }
  | { readonly name: 'merged'; readonly result: BackupMerge }

/** Errors about what was typed stay on the field; anything else means the file itself is bad. */
const secretErrors = new Set([
  'wrong-passphrase',
  'wrong-recovery-words',
  'passphrase-missing',
  'recovery-words-count',
  'backup-needs-passphrase',
])

/** Brings a backup's items into the open journal, never twice, keeping the newer of two versions. */
export function MergeBackup() {
  const platform = usePlatform()
  const { vault, lock } = useSession()
  const [step, setStep] = useState<Step>({ name: 'idle' })
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
  const summaryRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Back from a refused passphrase: straight to the field, whose error is read out with it.
    if (step.name === 'chosen' && secretError) focusSecretField(formRef.current)
    else if (step.name === 'chosen' || step.name === 'merged') summaryRef.current?.focus()
    // Only a change of step moves focus; typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.name])

  async function choose() {
    clear()
    const chosen = await chooseBackupFile(platform)
    if (!chosen.ok) {
      setStep({ name: 'idle' })
      return setFileError(chosen.error.message)
    }
    if (chosen.value) setStep({ name: 'chosen', backup: chosen.value })
  }

  async function merge(event: FormEvent) {
    event.preventDefault()
    if (step.name !== 'chosen') return
    const { backup } = step
    let backupSecret: BackupSecret | null = null
    if (backup.summary.journalId !== vault.journal.id) {
      const typed = backupSecretFrom(secret)
      if (!typed.ok) return refuseSecret(typed.error.message)
      backupSecret = typed.value
    }
    setSecretError(null)
    setFileError(null)
    setStep({ name: 'merging', backup, progress: { phase: 'verifying', done: 0, total: 1 } })
    // The merge compares with what is stored, so text still waiting for autosave goes first.
    await flushPendingWrites()
    const merged = await vault.backups.merge(backup.bytes, backupSecret, {
      onProgress: (progress) => setStep({ name: 'merging', backup, progress }),
    })
    if (!merged.ok) {
      if (secretErrors.has(merged.error.code)) {
        setStep({ name: 'chosen', backup })
        return refuseSecret(merged.error.message)
      }
      setStep({ name: 'idle' })
      return setFileError(merged.error.message)
    }
    setSecret(emptyBackupSecretInput)
    if (!mergeChangedJournal(merged.value)) return setStep({ name: 'merged', result: merged.value })
    rememberMergeForLockScreen(merged.value)
    lock()
  }

  const busy = step.name === 'merging'
  const sameJournal =
    (step.name === 'chosen' || step.name === 'merging') &&
    step.backup.summary.journalId === vault.journal.id

  return (
    <div className="stack">
      <p>
        Brings back anything from a backup that this journal is missing, without making doubles.
        Where both have a version of the same entry, the newer one is kept.
      </p>
      <div className="row">
        <Button disabled={busy} onClick={() => void choose()}>
          Merge a backup…
        </Button>
      </div>
      {fileError && <Notice tone="error">{fileError}</Notice>}
      {(step.name === 'chosen' || step.name === 'merging') && (
        <form
          ref={formRef}
          className="backup-panel stack"
          aria-labelledby="merge-summary-heading"
          onSubmit={(event) => void merge(event)}
        >
          <h4 id="merge-summary-heading" ref={summaryRef} tabIndex={-1}>
            About this backup
          </h4>
          <BackupSummaryView
            backup={step.backup}
            journalLine={sameJournal ? 'This journal' : 'A different journal'}
          />
          {sameJournal ? (
            <p>It is a backup of this journal, so it needs no passphrase.</p>
          ) : (
            <>
              <p>
                It is a backup of a different journal. Its entries will be added to this one; this
                journal keeps its own passphrase, settings, share code and partner.
              </p>
              <BackupSecretFields
                value={secret}
                onChange={setSecret}
                error={secretError}
                disabled={busy}
              />
            </>
          )}
          {step.name === 'merging' ? (
            <BackupProgressBar operation="merge" progress={step.progress} />
          ) : (
            <>
              <p className="muted">
                If anything is added, Mend locks afterwards so the journal opens fresh with
                everything in it.
              </p>
              <div className="actions actions--start">
                <Button type="submit" variant="primary">
                  Merge into this journal
                </Button>
                <Button onClick={() => setStep({ name: 'idle' })}>Cancel</Button>
              </div>
            </>
          )}
        </form>
      )}
      {step.name === 'merged' && (
        <div className="backup-panel stack" role="status">
          <h4 ref={summaryRef} tabIndex={-1}>
            Nothing new to add
          </h4>
          <p>{nothingNewText(step.result)}</p>
        </div>
      )}
    </div>
  )
}
