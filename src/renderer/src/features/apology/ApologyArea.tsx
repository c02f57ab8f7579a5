import { useEffect, useState } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { ApologyProvider, useApologySnapshot } from './ApologyContext'
import { ApologyHome, checkEntryRouteId } from './ApologyHome'
import { ApologyStudio } from './ApologyStudio'
import { EntryCheckPage } from './EntryCheckPage'

/** The apology studio: drafts, one draft being written, or checking a journal entry. */
export function ApologyArea({ draftId }: { readonly draftId?: string }) {
  return (
    <ApologyProvider>
      {!draftId ? (
        <ApologyHome />
      ) : draftId === checkEntryRouteId ? (
        <EntryCheckPage />
      ) : (
        <DraftPage key={draftId} draftId={draftId} />
      )}
    </ApologyProvider>
  )
}

function DraftPage({ draftId }: { readonly draftId: string }) {
  const snapshot = useApologySnapshot()
  const { navigate } = useNavigation()
  // The draft as it was when opened; from then on the editor owns it.
  const [initial, setInitial] = useState<ApologyDraft | null>(null)
  const found = snapshot.drafts.find((d) => d.id === draftId)
  useEffect(() => {
    if (found && !initial) setInitial(found)
  }, [found, initial])

  if (initial) return <ApologyStudio initial={initial} />
  if (snapshot.status === 'loading' || found) return <p className="muted">Opening the apology…</p>
  const damaged = snapshot.damagedIds.includes(draftId)
  return (
    <div className="page">
      <EmptyState title={damaged ? 'This apology is damaged' : 'Apology not found'}>
        <p>
          {damaged
            ? 'It could not be opened: its stored copy has been changed or corrupted. Your other apologies are fine. If you have a backup, restoring it may bring this one back.'
            : 'It may have been deleted.'}
        </p>
        <Button onClick={() => navigate({ area: 'apology' })}>Back to the apology studio</Button>
      </EmptyState>
    </div>
  )
}
