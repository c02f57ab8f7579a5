import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import type { Entry } from '../../domain/journal/entry'
import { groupByDay } from '../../domain/timeline/groupByDay'
import { rowIndexForDate, timelineRows } from '../../domain/timeline/timelineRows'
import { routeToHash } from '../../app/routes'
import { entryDisplayTitle, TimelineEntryRow } from '../../ui/TimelineEntryRow'
import { formatDay } from '../../app/formatDay'

export interface TimelineProps {
  readonly entries: readonly Entry[]
  readonly today: string
  /** Scrolls to this day (picked in the calendar). */
  readonly focusDate: string | null
  /** Turns the list into a chooser: a checkbox on every entry (Share). */
  readonly selection?: {
    readonly selectedIds: ReadonlySet<string>
    /** `extend` is true for shift-click or Shift+Space: select the range from the last choice. */
    readonly onToggle: (id: string, extend: boolean) => void
  }
}

const dayHeight = 40
const entryHeight = 64

/** Entries grouped by day in a virtualised list: only the rows on screen exist in the DOM. */
export function Timeline({ entries, today, focusDate, selection }: TimelineProps) {
  const rows = useMemo(() => timelineRows(groupByDay(entries), today), [entries, today])
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === 'day' ? dayHeight : entryHeight),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
  })

  useEffect(() => {
    if (!focusDate) return
    const index = rowIndexForDate(rows, focusDate)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'start' })
  }, [focusDate, rows, virtualizer])

  return (
    <div ref={scrollRef} className="timeline" aria-label="Entries by day" role="region" tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="list">
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const style = { top: item.start, height: item.size }
          if (row.type === 'day') {
            return (
              <h2 key={item.key} className="timeline__day" style={{ ...style, margin: 0, fontSize: '0.9rem' }} role="listitem">
                {row.relative === 'today' ? 'Today' : row.relative === 'yesterday' ? 'Yesterday' : formatDay(row.date)}
              </h2>
            )
          }
          return (
            <TimelineEntryRow
              key={item.key}
              style={style}
              href={routeToHash({ area: 'journal', entryId: row.entry.id })}
              entry={row.entry}
              selected={selection ? selection.selectedIds.has(row.entry.id) : undefined}
              leading={
                selection && (
                  <input
                    type="checkbox"
                    className="timeline__check"
                    aria-label={`Choose “${entryDisplayTitle(row.entry)}”`}
                    checked={selection.selectedIds.has(row.entry.id)}
                    onChange={() => undefined}
                    onClick={(event) => selection.onToggle(row.entry.id, event.shiftKey)}
                  />
                )
              }
            />
          )
        })}
      </div>
    </div>
  )
}
