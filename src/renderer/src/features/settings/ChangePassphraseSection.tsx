import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import { NewPassphraseForm } from '../vault/NewPassphraseForm'
import { submitProblemFrom } from '../vault/passphraseFormProblems'
import { useWrongPassphrasePause } from '../vault/useWrongPassphrasePause'

/** Asks for the passphrase in use now: an unlocked window alone must not be enough to change it. */
export function ChangePassphraseSection() {
  const { vault } = useSession()
  const toasts = useToasts()
  const pauseAfter = useWrongPassphrasePause()

  return (
    <section
      className="card"
      aria-labelledby="passphrase-heading"
      style={{ marginTop: 'var(--space-4)' }}
    >
      <h2 id="passphrase-heading">Change passphrase</h2>
      <p className="muted">Your recovery words keep working after a change.</p>
      <NewPassphraseForm
        submitLabel="Change passphrase"
        busyLabel="Changing…"
        askForCurrent
        passphraseLabel="New passphrase"
        avoidWords={[vault.journal.name]}
        onSubmit={async ({ currentPassphrase, passphrase }) => {
          const result = await vault.changePassphrase(currentPassphrase, passphrase)
          await pauseAfter(result)
          if (!result.ok) return submitProblemFrom(result.error)
          toasts.show({ message: 'Your new passphrase is set.' })
          return null
        }}
      />
    </section>
  )
}
