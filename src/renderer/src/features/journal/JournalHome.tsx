import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import { today } from '../../app/today'
import { filterEntries, emptyTimelineFilter, isFilterActive } from '../../domain/timeline/filterEntries'
import type { TimelineFilter } from '../../domain/timeline/types'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { PromptOfTheDayCard } from '../prompts/PromptOfTheDayCard'
import { CalendarView } from './CalendarView'
import { FirstRunCard } from './FirstRunCard'
import { useJournalSnapshot } from './JournalContext'
import { OnThisDayCard } from './OnThisDayCard'
import { SearchResults } from './SearchResults'
import { Timeline } from './Timeline'
import { TimelineFilters } from './TimelineFilters'

export function JournalHome({ firstRun }: { readonly firstRun: boolean }) {
  const snapshot = useJournalSnapshot()
  const { navigate } = useNavigation()
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const [filter, setFilter] = useState<TimelineFilter>(emptyTimelineFilter)
  const [view, setView] = useState<'list' | 'calendar'>('list')
  const [focusDate, setFocusDate] = useState<string | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const day = today()

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const filtered = useMemo(() => filterEntries(snapshot.entries, filter), [snapshot.entries, filter])
  const searching = deferredQuery.trim().length > 0

  // While loading, entries are the few last seen at the top of the timeline, if any: shown at
  // once, with the rest joining them when the whole journal has been decrypted.
  const opening = snapshot.status === 'loading'
  if (opening && snapshot.entries.length === 0) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Journal" />
        <p className="muted">Opening your journal…</p>
      </div>
    )
  }

  return (
    <div className="page" aria-busy={opening}>
      <PageHeader
        title="Journal"
        description={opening ? 'Opening the rest of your journal…' : 'Your entries, newest first. Only you can read them.'}
        actions={
          <Button variant="primary" aria-keyshortcuts="Control+N" onClick={() => navigate({ area: 'journal', entryId: 'new' })}>
            New entry
          </Button>
        }
      />
      {snapshot.status === 'failed' && (
        <Notice tone="error">
          Mend could not read your journal from this computer’s storage. Lock and unlock to try again; nothing has been changed.
        </Notice>
      )}
      {snapshot.damagedIds.length > 0 && (
        <Notice tone="warning">
          {snapshot.damagedIds.length === 1 ? 'One entry is' : `${snapshot.damagedIds.length} entries are`} damaged and
          cannot be opened: the stored copy was changed or corrupted. Everything else is readable. A backup may hold an
          intact copy.
        </Notice>
      )}
      {firstRun && snapshot.entries.length === 0 && <FirstRunCard />}
      <div className="grid-2">
        <PromptOfTheDayCard />
        <OnThisDayCard entries={snapshot.entries} today={day} />
      </div>
      {snapshot.entries.length > 0 && (
      <div className="toolbar" role="search">
        <label className="field search-box">
          <span className="field__label">Search</span>
          <input
            autoComplete="off"
            ref={searchRef}
            className="input"
            type="search"
            value={query}
            placeholder="Words from any entry"
            aria-keyshortcuts="Control+F"
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <div className="segmented" role="group" aria-label="View">
          <Button aria-pressed={view === 'list'} onClick={() => setView('list')}>
            List
          </Button>
          <Button aria-pressed={view === 'calendar'} onClick={() => setView('calendar')}>
            Calendar
          </Button>
        </div>
      </div>
      )}
      {snapshot.entries.length > 0 && <TimelineFilters entries={snapshot.entries} filter={filter} onChange={setFilter} />}
      {snapshot.entries.length === 0 ? (
        <EmptyState title="Nothing written yet">
          <p>Start with today’s prompt, a guided reflection, or a blank page. There is no right way.</p>
        </EmptyState>
      ) : searching ? (
        <SearchResults query={deferredQuery} filter={filter} indexing={!snapshot.searchReady} />
      ) : view === 'calendar' ? (
        <CalendarView
          entries={filtered}
          today={day}
          onPickDay={(date) => {
            setFocusDate(date)
            setView('list')
          }}
        />
      ) : filtered.length === 0 ? (
        <EmptyState title="No entries match">
          <p>Try fewer filters.</p>
          {isFilterActive(filter) && <Button onClick={() => setFilter(emptyTimelineFilter)}>Clear filters</Button>}
        </EmptyState>
      ) : (
        <Timeline entries={filtered} today={day} focusDate={focusDate} />
      )}
    </div>
  )
}
