import type { Dashboard } from '../../domain/progress/buildDashboard'
import { recentKeptSentence } from '../../domain/commitments/recentKept'
import { Heatmap } from '../../ui/Heatmap'
import { HeatmapLegend } from '../../ui/HeatmapLegend'

/** Half a year or less is drawn larger, as on the commitment cards; a full year at natural size. */
const largeSquaresUpTo = 26

export interface CommitmentsKeptSectionProps {
  readonly dashboard: Dashboard
}

export function CommitmentsKeptSection({ dashboard }: CommitmentsKeptSectionProps) {
  const { commitments, summary, today } = dashboard
  const hasCommitments = commitments.commitments.length > 0 || commitments.overall.due > 0
  return (
    <section className="card progress-card" aria-labelledby="commitments-kept-heading">
      <h2 id="commitments-kept-heading">Commitments kept</h2>
      <p className="progress-summary">{summary.commitments}</p>
      {hasCommitments && (
        <>
          <div className="heatmap-frame">
            <Heatmap
              scale={commitments.heatmapWeeks <= largeSquaresUpTo ? 1.4 : 1}
              cells={commitments.heatmap}
              today={today}
              label={`All commitments, the last ${commitments.heatmapWeeks} weeks, one square a day. ${summary.commitments}`}
            />
          </div>
          <HeatmapLegend />
          <ul className="plain-list kept-list" aria-label="Each commitment">
            {commitments.commitments.map((commitment) => (
              <li key={commitment.id}>
                <strong>{commitment.title}</strong>
                <span className="muted">
                  {' '}
                  — {recentKeptSentence(commitment.recent)}
                  {commitment.weeks.counted > 0 &&
                    ` ${commitment.weeks.kept} of ${commitment.weeks.counted} ${commitment.weeks.counted === 1 ? 'week' : 'weeks'} kept.`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
