import { useMemo, useState } from 'react'
import { today } from '../../app/today'
import type { Entry } from '../../domain/journal/entry'
import { emptyTimelineFilter, filterEntries } from '../../domain/timeline/filterEntries'
import type { TimelineFilter } from '../../domain/timeline/types'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Timeline } from '../journal/Timeline'
import { TimelineFilters } from '../journal/TimelineFilters'
import { extendTo, selectAll, toggle, type Selection } from './selectionModel'

export interface ChooseItemsProps {
  readonly entries: readonly Entry[]
  readonly selection: Selection
  readonly onChange: (selection: Selection) => void
}

export function ChooseItems({ entries, selection, onChange }: ChooseItemsProps) {
  const [filter, setFilter] = useState<TimelineFilter>(emptyTimelineFilter)
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter])
  const order = useMemo(() => shown.map((entry) => entry.id), [shown])
  if (entries.length === 0) {
    return (
      <EmptyState title="Nothing to share yet">
        <p>Entries you write will appear here, ready to choose from.</p>
      </EmptyState>
    )
  }
  return (
    <section aria-label="Choose entries">
      <p className="muted">
        Tick entries one by one, hold <kbd>Shift</kbd> to choose a run of them, or narrow the list with
        the filters and choose everything shown.
      </p>
      <TimelineFilters entries={entries} filter={filter} onChange={setFilter} />
      <div className="row" style={{ marginBottom: 'var(--space-3)' }}>
        <Button size="small" onClick={() => onChange(selectAll(selection, order))}>
          Choose all {shown.length} shown
        </Button>
        <Button size="small" disabled={selection.ids.size === 0} onClick={() => onChange({ ids: new Set(), anchor: null })}>
          Clear choices
        </Button>
      </div>
      <Timeline
        entries={shown}
        today={today()}
        focusDate={null}
        selection={{
          selectedIds: selection.ids,
          onToggle: (id, extend) => onChange(extend ? extendTo(selection, order, id) : toggle(selection, id)),
        }}
      />
    </section>
  )
}
