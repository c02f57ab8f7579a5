import { useMemo } from 'react'
import type { Entry, EntryKind } from '../../domain/journal/entry'
import { themes, isThemeId } from '../../domain/journal/themes'
import { collectTags, emptyTimelineFilter, isFilterActive } from '../../domain/timeline/filterEntries'
import type { TimelineFilter } from '../../domain/timeline/types'
import { Button } from '../../ui/Button'

const kindLabels: Readonly<Record<EntryKind, string>> = {
  free: 'Free writing',
  prompt: 'From a prompt',
  flow: 'Guided reflections',
  apology: 'Apology letters',
  reflection: 'Weekly reflections',
}

export interface TimelineFiltersProps {
  readonly entries: readonly Entry[]
  readonly filter: TimelineFilter
  readonly onChange: (filter: TimelineFilter) => void
}

export function TimelineFilters({ entries, filter, onChange }: TimelineFiltersProps) {
  const tags = useMemo(() => collectTags(entries), [entries])
  return (
    <div className="filters" aria-label="Filters" role="group">
      <label className="field">
        <span className="field__label">Theme</span>
        <select
          className="select"
          value={filter.themes[0] ?? ''}
          onChange={(event) =>
            onChange({ ...filter, themes: isThemeId(event.target.value) ? [event.target.value] : [] })
          }
        >
          <option value="">All themes</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Tag</span>
        <select
          className="select"
          value={filter.tags[0] ?? ''}
          onChange={(event) => onChange({ ...filter, tags: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">All tags</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Kind</span>
        <select
          className="select"
          value={filter.kinds[0] ?? ''}
          onChange={(event) =>
            onChange({ ...filter, kinds: event.target.value ? [event.target.value as EntryKind] : [] })
          }
        >
          <option value="">All kinds</option>
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">From</span>
        <input
          autoComplete="off"
          className="input"
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => onChange({ ...filter, from: event.target.value || null })}
        />
      </label>
      <label className="field">
        <span className="field__label">To</span>
        <input
          autoComplete="off"
          className="input"
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => onChange({ ...filter, to: event.target.value || null })}
        />
      </label>
      {isFilterActive(filter) && (
        <Button size="small" onClick={() => onChange(emptyTimelineFilter)}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
