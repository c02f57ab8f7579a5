import type { Dashboard } from '../../domain/progress/buildDashboard'
import { countOf, oneDecimal } from '../../domain/progress/plainNumber'
import { CountBars } from '../../ui/CountBars'

export interface AgreementsKeptSectionProps {
  readonly dashboard: Dashboard
  readonly agreementsHref: string
}

export function AgreementsKeptSection({ dashboard, agreementsHref }: AgreementsKeptSectionProps) {
  const overview = dashboard.agreements
  const bars = overview.agreements.map((agreement) => ({
    key: agreement.id,
    label: agreement.title,
    value: agreement.averageRating ?? 0,
    valueText:
      agreement.averageRating === null
        ? 'No check-ins yet'
        : `${oneDecimal(agreement.averageRating)} of 5, ${countOf(agreement.checkIns, 'check-in')}`,
  }))
  return (
    <section className="card progress-card" aria-labelledby="agreements-kept-heading">
      <h2 id="agreements-kept-heading">Agreements kept</h2>
      <p className="progress-summary">{dashboard.summary.agreements}</p>
      {overview.active + overview.toRevisit + overview.retired > 0 && (
        <p className="row">
          <span className="chip">{overview.active} active</span>
          <span className="chip">{overview.toRevisit} to revisit</span>
          <span className="chip">{overview.retired} retired</span>
        </p>
      )}
      {bars.length > 0 && (
        <CountBars bars={bars} max={5} label="Average check-in rating of each agreement" />
      )}
      {overview.reviewsDue > 0 && (
        <p>
          {overview.reviewsDue === 1
            ? 'One agreement is due for review'
            : `${overview.reviewsDue} agreements are due for review`}{' '}
          within a week. <a href={agreementsHref}>Open Agreements</a>
        </p>
      )}
    </section>
  )
}
