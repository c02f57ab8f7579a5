import { useMemo } from 'react'
import { routeToHash } from '../../app/routes'
import type { Entry } from '../../domain/journal/entry'
import { onThisDay } from '../../domain/timeline/onThisDay'
import { entryDisplayTitle } from '../../ui/TimelineEntryRow'

function ago(monthsAgo: number, yearsAgo: number | null): string {
  if (yearsAgo !== null) return yearsAgo === 1 ? 'A year ago' : `${yearsAgo} years ago`
  return monthsAgo === 1 ? 'A month ago' : `${monthsAgo} months ago`
}

/** Looking back gently: what was written on this day in earlier months and years. */
export function OnThisDayCard({ entries, today }: { readonly entries: readonly Entry[]; readonly today: string }) {
  const groups = useMemo(() => onThisDay(entries, today).slice(0, 3), [entries, today])
  return (
    <section className="card" aria-labelledby="on-this-day">
      <h2 id="on-this-day">On this day</h2>
      {groups.length === 0 ? (
        <p className="muted">Entries from this day in earlier months will appear here, so you can see how far you’ve come.</p>
      ) : (
        <ul>
          {groups.map((group) => (
            <li key={group.date}>
              <span className="muted">{ago(group.monthsAgo, group.yearsAgo)}: </span>
              {group.entries.map((entry, i) => (
                <span key={entry.id}>
                  {i > 0 && ', '}
                  <a href={routeToHash({ area: 'journal', entryId: entry.id })}>{entryDisplayTitle(entry)}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
