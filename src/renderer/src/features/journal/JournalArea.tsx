import { useEffect, useRef } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { EmptyState } from '../../ui/EmptyState'
import { Button } from '../../ui/Button'
import { usePrompts } from '../prompts/PromptsContext'
import type { Entry } from '../../domain/journal/entry'
import { EntryEditor } from './EntryEditor'
import { JournalHome } from './JournalHome'
import { useJournal, useJournalSnapshot } from './JournalContext'
import { useStartEntry } from './useStartEntry'

export function JournalArea({
  entryId,
  firstRun,
}: {
  readonly entryId?: string
  readonly firstRun: boolean
}) {
  if (entryId === 'new') return <NewEntryRedirect />
  if (entryId) return <EntryPage key={entryId} entryId={entryId} />
  return <JournalHome firstRun={firstRun} />
}

function NewEntryRedirect() {
  const start = useStartEntry()
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    void start()
  }, [start])
  return <p className="muted">Starting a new entry…</p>
}

function EntryPage({ entryId }: { readonly entryId: string }) {
  const snapshot = useJournalSnapshot()
  const journal = useJournal()
  const toasts = useToasts()
  const prompts = usePrompts()
  const { navigate } = useNavigation()
  const entry = snapshot.byId.get(entryId)

  if (snapshot.status === 'loading') return <p className="muted">Opening your journal…</p>
  if (!entry) {
    const damaged = snapshot.damagedIds.includes(entryId)
    return (
      <EmptyState title={damaged ? 'This entry is damaged' : 'Entry not found'}>
        <p>
          {damaged
            ? 'It could not be opened: its stored copy has been changed or corrupted. Every other entry is fine. If you have a backup, restoring it may bring this entry back.'
            : 'It may have been deleted.'}
        </p>
        <Button onClick={() => navigate({ area: 'journal' })}>Back to the journal</Button>
      </EmptyState>
    )
  }

  async function remove(current: Entry) {
    const removed = await journal.remove(current.id)
    if (!removed.ok) {
      toasts.show({ message: removed.error.message })
      return
    }
    navigate({ area: 'journal' })
    toasts.show({
      message: 'Entry deleted.',
      focusUndo: true,
      undo: () => {
        void journal.save(removed.value).then((restored) => {
          if (!restored.ok) toasts.show({ message: restored.error.message })
        })
      },
    })
  }

  const prompt = entry.promptId ? prompts.find(entry.promptId) : null
  return (
    <div className="page">
      <EntryEditor
        entry={entry}
        promptText={prompt?.text ?? null}
        onDelete={(current) => void remove(current)}
        onClose={() => navigate({ area: 'journal' })}
      />
    </div>
  )
}
