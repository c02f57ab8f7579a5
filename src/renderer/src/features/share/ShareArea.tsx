import { useMemo, useState } from 'react'
import { shareableFromEntry } from '../../domain/share/shareableFromEntry'
import type { ShareableItem } from '../../domain/share/types'
import { PageHeader } from '../../ui/PageHeader'
import { Button } from '../../ui/Button'
import { useJournalSnapshot } from '../journal/JournalContext'
import { ChooseItems } from './ChooseItems'
import { ExportStep } from './ExportStep'
import { emptySelection, type Selection } from './selectionModel'

/** Sharing is always deliberate: choose entries, see exactly what the reader will see, then write. */
export function ShareArea() {
  const snapshot = useJournalSnapshot()
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const [step, setStep] = useState<'choose' | 'export'>('choose')
  const chosen = useMemo<readonly ShareableItem[]>(
    () => snapshot.entries.filter((entry) => selection.ids.has(entry.id)).map(shareableFromEntry),
    [snapshot.entries, selection],
  )

  return (
    <div className="page page--wide">
      <PageHeader
        title="Share"
        description="Choose what to share with your partner or a counsellor. Nothing leaves this computer until you save a file."
      />
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
        <ExportStep items={chosen} onBack={() => setStep('choose')} />
      )}
    </div>
  )
}
