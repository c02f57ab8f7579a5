import { useEffect, useRef, useState } from 'react'
import { upcomingReviews } from '../../domain/agreements/upcomingReviews'
import { today as localToday } from '../../app/today'
import { AreaTabs, tabId, tabPanelId } from '../../ui/AreaTabs'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { CommitmentEditor } from '../commitments/CommitmentEditor'
import { CommitmentsPanel } from '../commitments/CommitmentsPanel'
import { useProgressSnapshot } from '../progress/useProgressStore'
import { AgreementEditor } from './AgreementEditor'
import { AgreementList } from './AgreementList'
import { AgreementPage } from './AgreementPage'
import { ReviewReminders } from './ReviewReminders'

type Tab = 'agreements' | 'commitments'

type View =
  | { readonly name: 'list' }
  | { readonly name: 'agreement'; readonly id: string }
  | { readonly name: 'edit-agreement'; readonly id?: string }
  | { readonly name: 'edit-commitment'; readonly id?: string }

const tabs = [
  { id: 'agreements', label: 'Agreements' },
  { id: 'commitments', label: 'Commitments' },
] as const

/** Reviews this close are shown at the top of the area. */
const reviewWindowDays = 7

/**
 * Agreements, and the commitments that live them out day to day, side by side: both are things
 * you do, while Progress is where you look back on them.
 */
export function AgreementsArea() {
  const snapshot = useProgressSnapshot()
  const [tab, setTab] = useState<Tab>('agreements')
  const [view, setView] = useState<View>({ name: 'list' })
  const containerRef = useRef<HTMLDivElement>(null)
  const day = localToday()

  // A new view announces itself: its heading takes focus, as the area heading does on arrival.
  const viewKey = `${view.name}:${'id' in view ? view.id : ''}`
  const firstView = useRef(true)
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false
      return
    }
    const heading = containerRef.current?.querySelector<HTMLElement>(
      '[data-view-title], [data-page-title]',
    )
    heading?.focus()
  }, [viewKey])

  const toList = () => setView({ name: 'list' })
  const reminders = upcomingReviews(snapshot.agreements, day, reviewWindowDays)

  let body
  if (snapshot.status === 'loading') body = <p className="muted">Opening your agreements…</p>
  else if (view.name === 'agreement')
    body = (
      <AgreementPage
        agreementId={view.id}
        today={day}
        onBack={toList}
        onEdit={() => setView({ name: 'edit-agreement', id: view.id })}
      />
    )
  else if (view.name === 'edit-agreement')
    body = (
      <AgreementEditor
        agreementId={view.id}
        today={day}
        onSaved={(id) => setView({ name: 'agreement', id })}
        onCancel={() => setView(view.id ? { name: 'agreement', id: view.id } : { name: 'list' })}
      />
    )
  else if (view.name === 'edit-commitment')
    body = <CommitmentEditor commitmentId={view.id} today={day} onDone={toList} />
  else
    body = (
      <>
        <ReviewReminders
          reminders={reminders}
          onOpen={(id) => setView({ name: 'agreement', id })}
        />
        <AreaTabs
          tabs={tabs}
          selected={tab}
          onSelect={(id) => setTab(id as Tab)}
          label="Agreements and commitments"
          idPrefix="agreements-area"
        />
        <div
          role="tabpanel"
          id={tabPanelId('agreements-area', tab)}
          aria-labelledby={tabId('agreements-area', tab)}
          className="tab-panel"
        >
          {tab === 'agreements' ? (
            <div className="stack">
              <div className="row row--between">
                <p className="muted">What you have decided on together, and how it is going.</p>
                <Button variant="primary" onClick={() => setView({ name: 'edit-agreement' })}>
                  New agreement
                </Button>
              </div>
              <AgreementList
                agreements={snapshot.agreements}
                onOpen={(id) => setView({ name: 'agreement', id })}
              />
            </div>
          ) : (
            <CommitmentsPanel
              today={day}
              onNew={() => setView({ name: 'edit-commitment' })}
              onEdit={(id) => setView({ name: 'edit-commitment', id })}
            />
          )}
        </div>
      </>
    )

  return (
    <div className="page stack" ref={containerRef}>
      <PageHeader
        title="Agreements"
        description="Clear agreements, and the small things you do again and again."
      />
      {snapshot.status === 'failed' && (
        <Notice tone="error">
          Mend could not read your agreements from this computer’s storage. Lock and unlock to try
          again; nothing has been changed.
        </Notice>
      )}
      {snapshot.damagedCount > 0 && (
        <Notice tone="warning">
          {snapshot.damagedCount === 1 ? 'One record is' : `${snapshot.damagedCount} records are`}{' '}
          damaged and cannot be opened: the stored copy was changed or corrupted. Everything else is
          readable. A backup may hold an intact copy.
        </Notice>
      )}
      {body}
    </div>
  )
}
