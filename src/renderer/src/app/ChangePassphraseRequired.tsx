import type { VaultSession } from '../db/types'
import { NewPassphraseForm } from '../features/vault/NewPassphraseForm'
import { submitProblemFrom } from '../features/vault/passphraseFormProblems'
import { Button } from '../ui/Button'

export interface ChangePassphraseRequiredProps {
  readonly vault: VaultSession
  readonly onChanged: () => void
  readonly onLock: () => void
}

/**
 * After a recovery-key unlock the old passphrase is presumed lost, so a new one comes first, and
 * the old one is not asked for: forgetting it is why the words were used.
 */
export function ChangePassphraseRequired({ vault, onChanged, onLock }: ChangePassphraseRequiredProps) {
  return (
    <main className="centered">
      <div className="narrow card">
        <h1>Choose a new passphrase</h1>
        <p>
          Your recovery words opened your journal. Choose a new passphrase now; your recovery words
          keep working too.
        </p>
        <NewPassphraseForm
          submitLabel="Save new passphrase"
          busyLabel="Saving…"
          passphraseLabel="New passphrase"
          avoidWords={[vault.journal.name]}
          onSubmit={async ({ passphrase }) => {
            const result = await vault.replaceForgottenPassphrase(passphrase)
            if (!result.ok) return submitProblemFrom(result.error)
            onChanged()
            return null
          }}
          secondaryAction={
            <Button variant="quiet" onClick={onLock}>
              Lock instead
            </Button>
          }
        />
      </div>
    </main>
  )
}
