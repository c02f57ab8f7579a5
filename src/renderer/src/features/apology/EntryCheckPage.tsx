import { useId, useMemo, useState } from 'react'
import { newId } from '../../app/newId'
import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { formatDay } from '../../app/formatDay'
import { categoryGuides } from '../../domain/apology/categoryGuides'
import { sharedApologyChecker } from '../../domain/apology/checkApology'
import { newApologyDraft } from '../../domain/apology/drafts/newApologyDraft'
import { ApologyFindingCard } from '../../ui/ApologyFindingCard'
import { ApologyHighlightedText } from '../../ui/ApologyHighlightedText'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { useJournalSnapshot } from '../journal/JournalContext'
import { useApologyStore } from './ApologyContext'
import { DraftScore } from './DraftScore'

/** The newest entries are the likely ones; a select of thousands helps nobody. */
const listedEntries = 300

/** Runs the non-apology checker on a journal entry, on demand. */
export function EntryCheckPage() {
  const snapshot = useJournalSnapshot()
  const store = useApologyStore()
  const toasts = useToasts()
  const { navigate } = useNavigation()
  const selectId = useId()
  const [entryId, setEntryId] = useState('')
  const [active, setActive] = useState<number | null>(null)
  const entries = snapshot.entries.filter((e) => e.body.trim() !== '').slice(0, listedEntries)
  const entry = entryId ? snapshot.byId.get(entryId) : undefined
  const body = entry?.body ?? ''
  const findings = useMemo(() => sharedApologyChecker.check(body), [body])

  async function startDraft() {
    if (!entry) return
    const base = newApologyDraft({ id: newId(), now: new Date(), title: entry.title || undefined })
    const draft = {
      ...base,
      mode: 'letter' as const,
      content: { ...base.content, freeText: entry.body },
    }
    const saved = await store.save(draft)
    if (!saved.ok) {
      toasts.show({ message: saved.error.message })
      return
    }
    navigate({ area: 'apology', draftId: draft.id })
  }

  return (
    <div className="page apology-check-page">
      <Button variant="quiet" onClick={() => navigate({ area: 'apology' })}>
        ← Apology studio
      </Button>
      <PageHeader
        title="Check a journal entry"
        description="Choose an entry to see which phrases might read as a non-apology. Nothing in the entry is changed."
      />
      {snapshot.status === 'loading' ? (
        <p className="muted">Opening your journal…</p>
      ) : entries.length === 0 ? (
        <EmptyState title="No entries to check yet">
          <p>Entries you write in the journal can be checked here.</p>
        </EmptyState>
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            Journal entry
          </label>
          <select
            id={selectId}
            className="select"
            value={entryId}
            onChange={(event) => setEntryId(event.target.value)}
          >
            <option value="">Choose an entry…</option>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>
                {formatDay(e.date)} · {e.title || e.body.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
      )}
      {entry && (
        <div className="apology-columns">
          <section aria-labelledby="apology-entry-findings">
            <h2 id="apology-entry-findings">
              {findings.length === 0
                ? 'No common non-apology wording found'
                : findings.length === 1
                  ? 'One phrase to look at'
                  : `${findings.length} phrases to look at`}
            </h2>
            {findings.length === 0 && (
              <p className="muted">It can miss some, so read it once as they would hear it.</p>
            )}
            <ApologyHighlightedText
              text={body}
              ranges={findings}
              activeIndex={active}
              label="The entry, with phrases to look at marked"
            />
            <ol className="apology-findings">
              {findings.map((finding, index) => (
                <ApologyFindingCard
                  key={finding.id}
                  number={index + 1}
                  title={categoryGuides[finding.category].title}
                  matchedText={finding.matchedText}
                  explanation={finding.explanation}
                  suggestion={finding.suggestion}
                  canUseWording={false}
                  onUseWording={() => undefined}
                  onFocusChange={(focused) =>
                    setActive((current) => (focused ? index : current === index ? null : current))
                  }
                />
              ))}
            </ol>
          </section>
          <aside className="apology-preview" aria-label="What the entry covers">
            <DraftScore
              source={body}
              phrasesToLookAt={findings.length}
              title="What this entry covers"
            />
            <p className="muted">
              Want to work on it? Start an apology with this entry as the letter.
            </p>
            <Button onClick={() => void startDraft()}>Start an apology from this entry</Button>
          </aside>
        </div>
      )}
    </div>
  )
}
