import type { RefObject } from 'react'
import type { RestoredJournal } from '../../db/backupTypes'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { itemCount } from './backupWording'

/** The last step of a restore: what came back, then the journal opens when the person is ready. */
export function RestoredJournalStep({
  restored,
  headingRef,
  onOpen,
}: {
  readonly restored: RestoredJournal
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly onOpen: () => void
}) {
  const { session, restoredRecords, damagedRecords } = restored
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        “{session.journal.name}” is restored
      </h1>
      <p>
        {itemCount(restoredRecords)} {restoredRecords === 1 ? 'is' : 'are'} back on this computer,
        encrypted as before.
      </p>
      {damagedRecords > 0 && (
        <Notice tone="warning">
          {damagedRecords === 1 ? '1 item was' : `${damagedRecords} items were`} already damaged
          when the backup was made. {damagedRecords === 1 ? 'It was' : 'They were'} restored as they
          were and will show as damaged.
        </Notice>
      )}
      {session.mustChangePassphrase && (
        <p>You used the recovery words, so you will choose a new passphrase next.</p>
      )}
      <div className="actions actions--start">
        <Button variant="primary" onClick={onOpen}>
          Open my journal
        </Button>
      </div>
    </>
  )
}
