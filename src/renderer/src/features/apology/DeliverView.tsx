import { useState } from 'react'
import { newId } from '../../app/newId'
import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { draftLetter } from '../../domain/apology/drafts/draftLetter'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { newEntry } from '../../domain/journal/newEntry'
import { updateEntry } from '../../domain/journal/updateEntry'
import { ApologyReadingView } from '../../ui/ApologyReadingView'
import { Button } from '../../ui/Button'
import { useJournal, useJournalSnapshot } from '../journal/JournalContext'
import { StatusSection } from './StatusSection'
import type { DraftEditor } from './useDraftEditor'
import { usePractiseAloud } from './usePractiseAloud'

export interface DeliverViewProps {
  readonly draft: ApologyDraft
  readonly edit: (patch: DraftPatch) => void
  readonly applyNow: DraftEditor['applyNow']
}

/** Getting ready to give it: status, a calm reading view, copying, practising, keeping it. */
export function DeliverView({ draft, edit, applyNow }: DeliverViewProps) {
  const toasts = useToasts()
  const journal = useJournal()
  const snapshot = useJournalSnapshot()
  const { navigate } = useNavigation()
  const aloud = usePractiseAloud()
  const [reading, setReading] = useState(false)
  const letter = draftLetter(draft.content)
  const empty = letter.trim() === ''
  const savedEntry = draft.journalEntryId ? snapshot.byId.get(draft.journalEntryId) : undefined

  async function copy() {
    try {
      await navigator.clipboard.writeText(letter)
      toasts.show({ message: 'Letter copied.' })
    } catch {
      toasts.show({
        message:
          'Mend couldn’t reach the clipboard. Open the reading view, select the text and copy it from there.',
      })
    }
  }

  async function saveToJournal() {
    const now = new Date()
    const entry = savedEntry
      ? updateEntry(savedEntry, { title: draft.title, body: letter }, now)
      : newEntry({ id: newId(), now, kind: 'apology', title: draft.title, body: letter })
    const saved = await journal.save(entry)
    if (!saved.ok) {
      toasts.show({ message: saved.error.message })
      return
    }
    edit({ journalEntryId: entry.id })
    toasts.show({
      message: savedEntry
        ? 'The journal entry now has this version of the letter.'
        : 'Saved to your journal. You can share it from Share.',
    })
  }

  const practise = (size: 'normal' | 'small') =>
    aloud.available && (
      <Button
        size={size}
        onClick={() => (aloud.speaking ? aloud.stop() : aloud.speak(letter))}
        disabled={empty}
        aria-pressed={aloud.speaking}
      >
        {aloud.speaking ? 'Stop reading aloud' : 'Practise aloud'}
      </Button>
    )

  return (
    <section className="apology-deliver" aria-labelledby="apology-deliver-title">
      <h2 id="apology-deliver-title" tabIndex={-1}>
        Giving it
      </h2>
      <StatusSection draft={draft} edit={edit} applyNow={applyNow} />
      <section aria-labelledby="apology-ready-title" className="apology-deliver__tools">
        <h3 id="apology-ready-title">When you’re ready</h3>
        <p className="muted">
          Read it through in a quiet view, hear it in the system’s voice to practise saying it, or
          copy it to send. Saving it to your journal keeps the finished letter with your entries,
          where Share can export it.
        </p>
        {empty && <p>Your letter is empty so far. Write a few steps first.</p>}
        <div className="row">
          <Button variant="primary" disabled={empty} onClick={() => setReading(true)}>
            Open the reading view
          </Button>
          <Button disabled={empty} onClick={() => void copy()}>
            Copy the letter
          </Button>
          {practise('normal')}
          <Button disabled={empty} onClick={() => void saveToJournal()}>
            {savedEntry ? 'Update the journal entry' : 'Save to journal'}
          </Button>
        </div>
        {savedEntry && (
          <p className="muted apology-deliver__saved">
            Kept in your journal as “{savedEntry.title || 'Untitled'}”.{' '}
            <Button
              size="small"
              variant="quiet"
              onClick={() => navigate({ area: 'journal', entryId: savedEntry.id })}
            >
              Open the entry
            </Button>
          </p>
        )}
      </section>
      <ApologyReadingView
        open={reading}
        title={draft.title}
        letter={letter}
        onClose={() => {
          aloud.stop()
          setReading(false)
        }}
        actions={
          <>
            <Button size="small" onClick={() => void copy()}>
              Copy
            </Button>
            {practise('small')}
          </>
        }
      />
    </section>
  )
}
