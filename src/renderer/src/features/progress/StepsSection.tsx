import { useState } from 'react'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import type { Dashboard } from '../../domain/progress/buildDashboard'
import { Button } from '../../ui/Button'

export interface StepsSectionProps {
  readonly dashboard: Dashboard
  readonly entryHref: (entryId: string) => string
}

/** Milestones reached and setbacks, newest first, on one honest timeline. */
/** Enough to see the recent road; years of setbacks and milestones wait behind "Show all". */
const shownAtFirst = 10

export function StepsSection({ dashboard, entryHref }: StepsSectionProps) {
  const [showAll, setShowAll] = useState(false)
  const total = dashboard.timeline.length
  const markers = dashboard.timeline
    .slice(showAll ? 0 : Math.max(0, total - shownAtFirst))
    .reverse()
  return (
    <section className="card progress-card" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps forward and setbacks</h2>
      <div className="progress-summary">
        <p>{dashboard.summary.milestones}</p>
        <p>{dashboard.summary.setbacks}</p>
      </div>
      {markers.length > 0 && (
        <ol className="plain-list steps-list" aria-label="Milestones and setbacks, newest first">
          {markers.map((marker) => (
            <li
              key={`${marker.kind}-${marker.id}`}
              className={`steps-list__item steps-list__item--${marker.kind}`}
            >
              <span className="steps-list__date">{readableDate(marker.date)}</span>
              <span className="chip">{marker.kind === 'milestone' ? 'Milestone' : 'Setback'}</span>
              {marker.kind === 'setback' ? (
                <a href={entryHref(marker.id)}>{marker.label}</a>
              ) : (
                <span>{marker.label}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {total > shownAtFirst && (
        <div>
          <Button size="small" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show only the latest' : `Show all ${total}`}
          </Button>
        </div>
      )}
      {dashboard.setbacks.length > 0 && (
        <p className="muted">
          Setbacks come from the After a setback reflection. They sit here beside the steps forward
          because both are part of the road, and neither cancels the other.
        </p>
      )}
    </section>
  )
}
