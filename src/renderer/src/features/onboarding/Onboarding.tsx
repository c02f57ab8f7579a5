import { useEffect, useRef, useState } from 'react'
import type { CreatedJournal, VaultDirectory, VaultSession } from '../../db/types'
import { themes } from '../../domain/journal/themes'
import { Button } from '../../ui/Button'
import { MendMark } from '../../ui/MendMark'
import { SafetyNote } from '../../ui/SafetyNote'
import { ThemeList } from '../../ui/ThemeList'
import { CreateJournalStep } from './CreateJournalStep'
import { RecoveryStep } from './RecoveryStep'
import { RestoreFromBackup } from '../backup/RestoreFromBackup'

export interface OnboardingProps {
  readonly directory: VaultDirectory
  /** A second person on the same computer: skip the long introduction's repeat of who we are. */
  readonly isAdditionalJournal: boolean
  readonly onCreated: (created: CreatedJournal) => void
  /** A journal restored from a .mendbackup, unlocked, instead of a new one. */
  readonly onRestored: (vault: VaultSession) => void
  readonly onCancel: (() => void) | undefined
}

type Step = 'welcome' | 'themes' | 'privacy' | 'safety' | 'create' | 'recovery'

const introSteps: readonly Step[] = ['welcome', 'themes', 'privacy', 'safety']
const allSteps: readonly Step[] = [...introSteps, 'create', 'recovery']

export function Onboarding({ directory, isAdditionalJournal, onCreated, onRestored, onCancel }: OnboardingProps) {
  const [step, setStep] = useState<Step>('welcome')
  const [sawSafetyNote, setSawSafetyNote] = useState(false)
  const [created, setCreated] = useState<CreatedJournal | null>(null)
  const [restoring, setRestoring] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [step, restoring])

  const introIndex = introSteps.indexOf(step)
  const next = () => {
    const following = introSteps[introIndex + 1]
    if (following === 'safety') setSawSafetyNote(true)
    setStep(following ?? 'create')
  }
  const skip = (
    <Button variant="quiet" onClick={() => setStep('create')}>
      Skip the introduction
    </Button>
  )
  const progress = (
    <p className="welcome__progress">
      Step {allSteps.indexOf(step) + 1} of {allSteps.length}
    </p>
  )
  // Back from creating the journal lands on the safety note, the step just before it, which also
  // gives someone who skipped the introduction a second chance to read it.
  const back = (to: Step) => (
    <Button
      onClick={() => {
        if (to === 'safety') setSawSafetyNote(true)
        setStep(to)
      }}
    >
      Back
    </Button>
  )

  if (restoring) {
    return (
      <RestoreFromBackup
        directory={directory}
        onRestored={onRestored}
        onCancel={() => setRestoring(false)}
        cancelLabel="Back"
      />
    )
  }

  return (
    <main className="centered">
      <div className="welcome card">
        {progress}
        {step === 'welcome' && (
          <section className="stack">
            <div className="row">
              <MendMark size={40} />
              <h1 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
                Welcome to Mend
              </h1>
            </div>
            <p>
              A private place to write while you and your partner rebuild trust: to sort out what you
              feel, prepare for hard conversations, draft an honest apology and notice the progress you
              make together.
            </p>
            <p>Take it at your own pace. There are no streaks to keep and nothing to fall behind on.</p>
            <div className="actions actions--start">
              <Button variant="primary" onClick={next}>
                Begin
              </Button>
              {skip}
              {onCancel && (
                <Button variant="quiet" onClick={onCancel}>
                  Back to the lock screen
                </Button>
              )}
              <Button variant="quiet" onClick={() => setRestoring(true)}>
                Restore from a backup
              </Button>
            </div>
          </section>
        )}
        {step === 'themes' && (
          <section className="stack">
            <h1 ref={headingRef} tabIndex={-1}>
              Six threads of rebuilding trust
            </h1>
            <p>Prompts, guided reflections and progress in Mend follow these six themes.</p>
            <ThemeList themes={themes} />
            <div className="actions actions--start">
              <Button variant="primary" onClick={next}>
                Continue
              </Button>
              {back('welcome')}
              {skip}
            </div>
          </section>
        )}
        {step === 'privacy' && (
          <section className="stack">
            <h1 ref={headingRef} tabIndex={-1}>
              Private by design
            </h1>
            <ul>
              <li>Everything you write is encrypted on this computer before it is saved.</li>
              <li>There is no account, no cloud and no internet connection. Nobody else, including us, can read it.</li>
              <li>Mend locks itself when you step away. Press {isMac() ? '⌘' : 'Ctrl'}+L to lock it at any time.</li>
              <li>You decide what to share, entry by entry, and see exactly what will be shared first.</li>
              <li>
                Because nobody else holds a key, a forgotten passphrase cannot be reset. You will get
                recovery words to keep somewhere safe.
              </li>
            </ul>
            <div className="actions actions--start">
              <Button variant="primary" onClick={next}>
                Continue
              </Button>
              {back('themes')}
              {skip}
            </div>
          </section>
        )}
        {step === 'safety' && (
          <section className="stack">
            <h1 ref={headingRef} tabIndex={-1}>
              If you don’t feel safe
            </h1>
            <SafetyNote />
            <div className="actions actions--start">
              <Button variant="primary" onClick={next}>
                Continue
              </Button>
              {back('privacy')}
            </div>
          </section>
        )}
        {step === 'create' && (
          <CreateJournalStep
            directory={directory}
            headingRef={headingRef}
            showSafetyPointer={!sawSafetyNote}
            isAdditionalJournal={isAdditionalJournal}
            backButton={back('safety')}
            onCreated={(journal) => {
              setCreated(journal)
              setStep('recovery')
            }}
          />
        )}
        {step === 'recovery' && created && (
          <RecoveryStep
            headingRef={headingRef}
            journalName={created.session.journal.name}
            words={created.recoveryWords}
            onDone={async () => {
              // Best effort: if the note cannot be written, Settings only shows a reminder.
              await created.session.recoveryWords.noteConfirmed()
              onCreated(created)
            }}
          />
        )}
      </div>
    </main>
  )
}

function isMac(): boolean {
  return navigator.userAgent.includes('Mac')
}
