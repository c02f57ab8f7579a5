import { useState, type RefObject } from 'react'
import type { CreatedJournal, VaultDirectory } from '../../db/types'
import { TextField } from '../../ui/TextField'
import { NewPassphraseForm } from '../vault/NewPassphraseForm'

export interface CreateJournalStepProps {
  readonly directory: VaultDirectory
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly showSafetyPointer: boolean
  readonly isAdditionalJournal: boolean
  readonly onCreated: (created: CreatedJournal) => void
}

export function CreateJournalStep(props: CreateJournalStepProps) {
  const { directory, headingRef, showSafetyPointer, isAdditionalJournal, onCreated } = props
  const [name, setName] = useState(isAdditionalJournal ? '' : 'My journal')
  const [nameError, setNameError] = useState<string | null>(null)

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
        avoidWords={[name]}
        onSubmit={async (passphrase) => {
          const trimmed = name.trim()
          if (trimmed.length === 0) {
            setNameError('Give your journal a name, so you can tell it apart on the lock screen.')
            return 'Your journal needs a name.'
          }
          setNameError(null)
          const result = await directory.create(trimmed, passphrase)
          if (!result.ok) return result.error.message
          onCreated(result.value)
          return null
        }}
      >
        <TextField
          label="Journal name"
          hint="Shown on the lock screen, so choose something you don’t mind others seeing."
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
        />
      </NewPassphraseForm>
    </section>
  )
}
