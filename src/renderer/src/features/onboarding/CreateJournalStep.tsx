import type { ReactNode, RefObject } from 'react'
import type { CreatedJournal, VaultDirectory } from '../../db/types'
import { NewPassphraseForm } from '../vault/NewPassphraseForm'
import { submitProblemFrom } from '../vault/passphraseFormProblems'

export interface CreateJournalStepProps {
  readonly directory: VaultDirectory
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly showSafetyPointer: boolean
  readonly isAdditionalJournal: boolean
  readonly backButton: ReactNode
  readonly onCreated: (created: CreatedJournal) => void
}

export function CreateJournalStep(props: CreateJournalStepProps) {
  const { directory, headingRef, showSafetyPointer, isAdditionalJournal, backButton, onCreated } = props

  return (
    <section>
      <h1 ref={headingRef} tabIndex={-1}>
        Create your journal
      </h1>
      <p>
        Choose a passphrase only you know. It locks everything you write. If someone else uses this
        computer, they can keep their own journal with their own passphrase.
      </p>
      {showSafetyPointer && (
        <p className="muted">
          If you feel unsafe with your partner, please read “If you don’t feel safe” in Help first.
        </p>
      )}
      <NewPassphraseForm
        submitLabel="Create my journal"
        busyLabel="Securing your journal…"
        initialName={isAdditionalJournal ? '' : 'My journal'}
        secondaryAction={backButton}
        onSubmit={async ({ name, passphrase }) => {
          const result = await directory.create(name, passphrase)
          if (!result.ok) return submitProblemFrom(result.error)
          // Before the words are shown: if the page closes before they are confirmed, Settings
          // can say so later. Best effort; the journal itself is already safely made.
          await result.value.session.recoveryWords.noteNotConfirmed()
          onCreated(result.value)
          return null
        }}
      />
    </section>
  )
}
