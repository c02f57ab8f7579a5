import { useMemo, useState } from 'react'
import type { Entry } from '../../domain/journal/entry'
import { addMonths, monthOf } from '../../domain/timeline/calendarDate'
import { calendarMonth, countEntriesByDate } from '../../domain/timeline/calendarMonth'
import { Button } from '../../ui/Button'

export interface CalendarViewProps {
  readonly entries: readonly Entry[]
  readonly today: string
  readonly onPickDay: (date: string) => void
}

const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })

export function CalendarView({ entries, today, onPickDay }: CalendarViewProps) {
  const [month, setMonth] = useState(() => monthOf(today))
  const counts = useMemo(() => countEntriesByDate(entries), [entries])
  const grid = calendarMonth(month, counts, today)
  const title = monthFormat.format(new Date(Date.UTC(month.year, month.month - 1, 15)))
  return (
    <section className="card" aria-label={`Calendar, ${title}`}>
      <div className="row" style={{ justifyContent: 'space-between', marginBottom: 'var(--space-3)' }}>
        <Button size="small" onClick={() => setMonth(addMonths(month, -1))} aria-label="Previous month">
          ←
        </Button>
        <h2 style={{ margin: 0 }} aria-live="polite">
          {title}
        </h2>
        <Button size="small" onClick={() => setMonth(addMonths(month, 1))} aria-label="Next month">
          →
        </Button>
      </div>
      <div className="calendar" role="grid" aria-readonly="true">
        {weekdayNames.map((name) => (
          <div key={name} className="calendar__weekday" role="columnheader">
            {name}
          </div>
        ))}
        {grid.weeks.flat().map((day) => (
          <button
            key={day.date}
            type="button"
            role="gridcell"
            className="calendar__day"
            data-count={day.entryCount}
            disabled={day.entryCount === 0}
            aria-current={day.isToday ? 'date' : undefined}
            aria-label={`${day.date}: ${day.entryCount === 1 ? '1 entry' : `${day.entryCount} entries`}`}
            style={day.inMonth ? undefined : { opacity: 0.5 }}
            onClick={() => onPickDay(day.date)}
          >
            {day.day}
            {day.entryCount > 0 && <span className="calendar__count">{day.entryCount}</span>}
          </button>
        ))}
      </div>
    </section>
  )
}
