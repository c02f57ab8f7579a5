import { useMemo } from 'react'
import { routeToHash } from '../../app/routes'
import { formatDay } from '../../app/formatDay'
import { filterEntries } from '../../domain/timeline/filterEntries'
import type { TimelineFilter } from '../../domain/timeline/types'
import { EmptyState } from '../../ui/EmptyState'
import { Highlighted } from '../../ui/Highlighted'
import { useJournal, useJournalSnapshot } from './JournalContext'

export interface SearchResultsProps {
  readonly query: string
  readonly filter: TimelineFilter
  readonly indexing: boolean
}

export function SearchResults({ query, filter, indexing }: SearchResultsProps) {
  const journal = useJournal()
  const snapshot = useJournalSnapshot()
  const hits = useMemo(() => {
    const found = journal.search(query, 200)
    const allowed = new Set(filterEntries(snapshot.entries, { ...filter, ids: new Set(found.map((h) => h.id)) }).map((e) => e.id))
    return found.filter((hit) => allowed.has(hit.id))
    // The snapshot changes whenever an entry is saved, which is also when the index changes.
  }, [journal, query, filter, snapshot])

  return (
    <section aria-label="Search results">
      <p className="muted" role="status">
        {hits.length === 0 ? 'No entries found' : hits.length === 1 ? '1 entry found' : `${hits.length} entries found`}
        {indexing && ' so far — still preparing search for older entries'}
      </p>
      {hits.length === 0 ? (
        <EmptyState title="Nothing matches">
          <p>Try another word, or fewer letters: search also finds words that start with what you type.</p>
        </EmptyState>
      ) : (
        <ul className="search-results card" style={{ padding: 0 }}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <a href={routeToHash({ area: 'journal', entryId: hit.id })}>
                <strong>{hit.title.text ? <Highlighted value={hit.title} /> : 'Untitled entry'}</strong>
              </a>
              <span className="muted"> · {formatDay(hit.date)}</span>
              <p style={{ margin: 'var(--space-1) 0 0' }}>
                <Highlighted value={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
