import { useMemo, useState } from 'react'
import { shareableFromEntry } from '../../domain/share/shareableFromEntry'
import type { ShareableItem } from '../../domain/share/types'
import { PageHeader } from '../../ui/PageHeader'
import { AreaTabs, tabId, tabPanelId } from '../../ui/AreaTabs'
import { SharedWithMe } from './SharedWithMe'
import { ShareCodes } from './ShareCodes'
import { ShareHistory } from './ShareHistory'
import { Button } from '../../ui/Button'
import { useJournalSnapshot } from '../journal/JournalContext'
import { ChooseItems } from './ChooseItems'
import { ExportStep } from './ExportStep'
import { emptySelection, type Selection } from './selectionModel'

/** Sharing is always deliberate: choose entries, see exactly what the reader will see, then write. */
type ShareTab = 'share' | 'received' | 'codes' | 'history'

const tabs: readonly { id: ShareTab; label: string }[] = [
  { id: 'share', label: 'Share entries' },
  { id: 'received', label: 'Shared with me' },
  { id: 'codes', label: 'Share codes' },
  { id: 'history', label: 'History' },
]

export function ShareArea() {
  const [tab, setTab] = useState<ShareTab>('share')
  const [partnerVersion, setPartnerVersion] = useState(0)
  return (
    <div className="page page--wide">
      <PageHeader
        title="Share"
        description="Choose what to share with your partner or a counsellor. Nothing leaves this computer until you save a file."
      />
      <AreaTabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as ShareTab)} label="Sharing" idPrefix="share" />
      <div role="tabpanel" id={tabPanelId('share', tab)} aria-labelledby={tabId('share', tab)} className="area-panel">
        {tab === 'share' && <ShareEntries key={partnerVersion} onShowCodes={() => setTab('codes')} />}
        {tab === 'received' && <SharedWithMe />}
        {tab === 'codes' && <ShareCodes onPartnerChanged={() => setPartnerVersion((v) => v + 1)} />}
        {tab === 'history' && <ShareHistory />}
      </div>
    </div>
  )
}

function ShareEntries({ onShowCodes }: { readonly onShowCodes: () => void }) {
  const snapshot = useJournalSnapshot()
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const [step, setStep] = useState<'choose' | 'export'>('choose')
  const chosen = useMemo<readonly ShareableItem[]>(
    () => snapshot.entries.filter((entry) => selection.ids.has(entry.id)).map(shareableFromEntry),
    [snapshot.entries, selection],
  )

  return (
    <>
      <ol className="steps" aria-label="Steps">
        <li aria-current={step === 'choose' ? 'step' : undefined}>1. Choose entries</li>
        <li aria-current={step === 'export' ? 'step' : undefined}>2. Preview and save</li>
      </ol>
      {step === 'choose' ? (
        <>
          <ChooseItems entries={snapshot.entries} selection={selection} onChange={setSelection} />
          <div className="actions share-actions">
            <span className="muted" role="status">
              {selection.ids.size === 0
                ? 'Nothing chosen yet'
                : selection.ids.size === 1
                  ? '1 entry chosen'
                  : `${selection.ids.size} entries chosen`}
            </span>
            <Button variant="primary" disabled={selection.ids.size === 0} onClick={() => setStep('export')}>
              Preview what will be shared
            </Button>
          </div>
        </>
      ) : (
        <ExportStep items={chosen} onBack={() => setStep('choose')} onShowCodes={onShowCodes} />
      )}
    </>
  )
}
