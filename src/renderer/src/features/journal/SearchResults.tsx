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

/** Enough to scan by eye; past this, another word narrows better than scrolling. */
const resultLimit = 200

function foundLine(count: number, capped: boolean): string {
  if (count === 0) return 'No entries found'
  if (count === 1) return '1 entry found'
  if (capped) return `The ${count} closest matches — add a word to narrow them down`
  return `${count} entries found`
}

export function SearchResults({ query, filter, indexing }: SearchResultsProps) {
  const journal = useJournal()
  const snapshot = useJournalSnapshot()
  const { hits, capped } = useMemo(() => {
    const found = journal.search(query, resultLimit)
    const allowed = new Set(filterEntries(snapshot.entries, { ...filter, ids: new Set(found.map((h) => h.id)) }).map((e) => e.id))
    return { hits: found.filter((hit) => allowed.has(hit.id)), capped: found.length >= resultLimit }
    // The snapshot changes whenever an entry is saved, which is also when the index changes.
  }, [journal, query, filter, snapshot])

  return (
    <section aria-label="Search results">
      <p className="muted" role="status">
        {foundLine(hits.length, capped)}
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
                {hit.snippetFromPrivateNote && <span className="muted">In your private note: </span>}
                <Highlighted value={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
