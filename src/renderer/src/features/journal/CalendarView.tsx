import { useId, useMemo, useState } from 'react'
import { formatDay } from '../../app/formatDay'
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
const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export function CalendarView({ entries, today, onPickDay }: CalendarViewProps) {
  const [month, setMonth] = useState(() => monthOf(today))
  const counts = useMemo(() => countEntriesByDate(entries), [entries])
  const grid = calendarMonth(month, counts, today)
  const titleId = useId()
  const title = monthFormat.format(new Date(Date.UTC(month.year, month.month - 1, 15)))
  return (
    <section className="card" aria-label={`Calendar, ${title}`}>
      <div className="row calendar__head">
        <Button
          size="small"
          onClick={() => setMonth(addMonths(month, -1))}
          aria-label="Previous month"
        >
          ←
        </Button>
        <h2 id={titleId} className="calendar__title" aria-live="polite">
          {title}
        </h2>
        <Button size="small" onClick={() => setMonth(addMonths(month, 1))} aria-label="Next month">
          →
        </Button>
      </div>
      {/* A plain table: the days are buttons in cells, reached with Tab like any other button. */}
      <table className="calendar" aria-labelledby={titleId}>
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name} scope="col" className="calendar__weekday">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => (
                <td key={day.date}>
                  <button
                    type="button"
                    className="calendar__day"
                    data-count={day.entryCount}
                    disabled={day.entryCount === 0}
                    aria-current={day.isToday ? 'date' : undefined}
                    aria-label={`${formatDay(day.date)}: ${day.entryCount === 1 ? '1 entry' : `${day.entryCount} entries`}`}
                    data-in-month={day.inMonth}
                    onClick={() => onPickDay(day.date)}
                  >
                    {day.day}
                    {/* Said in words on screen too: a bare "2" under the date read as part of it. */}
                    {day.entryCount > 0 && (
                      <span className="calendar__count">
                        {day.entryCount === 1 ? '1 entry' : `${day.entryCount} entries`}
                      </span>
                    )}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
