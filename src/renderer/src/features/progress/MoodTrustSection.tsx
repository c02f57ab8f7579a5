import { useMemo, useState } from 'react'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import type { Dashboard } from '../../domain/progress/buildDashboard'
import { oneDecimal } from '../../domain/progress/plainNumber'
import { Button } from '../../ui/Button'
import { TrustChart } from '../../ui/TrustChart'
import { chartIsYoung, chartWindowStart, rangesDiffer } from './chartWindow'
import {
  chartMarkers,
  chartRangeNames,
  ratingChartData,
  weeklyRows,
  type ChartRange,
} from './ratingChartData'

export interface MoodTrustSectionProps {
  readonly dashboard: Dashboard
}

const ranges: readonly ChartRange[] = ['quarter', 'year', 'all']

function ChartKey() {
  return (
    <ul className="chart-key" aria-label="Key to the chart">
      <li>
        <span className="chart-key__line chart-key__line--mood" aria-hidden="true" />
        Mood, weekly average
      </li>
      <li>
        <span className="chart-key__line chart-key__line--trust" aria-hidden="true" />
        Trust, weekly average
      </li>
      <li>
        <span className="chart-key__dot chart-key__dot--mood" aria-hidden="true" />
        Mood, each day
      </li>
      <li>
        <span className="chart-key__dot chart-key__dot--trust" aria-hidden="true" />
        Trust, each day
      </li>
      <li>
        <span className="chart-key__mark chart-key__mark--milestone" aria-hidden="true" />
        Milestone
      </li>
      <li>
        <span className="chart-key__mark chart-key__mark--setback" aria-hidden="true" />
        Setback
      </li>
    </ul>
  )
}

/** The line chart, its sentences (the text alternative) and its numbers as a table. */
export function MoodTrustSection({ dashboard }: MoodTrustSectionProps) {
  const { mood, trust, timeline, summary, today } = dashboard
  const [range, setRange] = useState<ChartRange>('quarter')
  const from = chartWindowStart(range, today, mood, trust)
  const data = useMemo(() => ratingChartData(mood, trust, from, today), [mood, trust, from, today])
  const markers = useMemo(() => chartMarkers(timeline, from, today), [timeline, from, today])
  const rows = useMemo(() => weeklyRows(mood, trust, from), [mood, trust, from])
  const hasRatings = mood.points.length > 0 || trust.points.length > 0
  const span = `from ${readableDate(from, { year: from.slice(0, 4) !== today.slice(0, 4) })} to ${readableDate(today)}`
  return (
    <section className="card progress-card" aria-labelledby="mood-trust-heading">
      <div className="progress-card__head">
        <h2 id="mood-trust-heading">Mood and trust over time</h2>
        {rangesDiffer(today, mood, trust) && (
          <div className="row" role="group" aria-label="Time span of the chart">
            {ranges.map((option) => (
              <Button
                key={option}
                size="small"
                aria-pressed={range === option}
                onClick={() => setRange(option)}
              >
                {chartRangeNames[option]}
              </Button>
            ))}
          </div>
        )}
      </div>
      {hasRatings ? (
        <figure className="progress-figure">
          <ChartKey />
          <TrustChart
            data={data}
            markers={markers}
            label={`Chart of mood and trust ratings ${span}. Described below.`}
          />
          <figcaption className="progress-summary">
            {chartIsYoung(mood, trust) && (
              <p className="muted">The chart fills in as you check in over the coming weeks.</p>
            )}
            <p>{summary.mood}</p>
            <p>{summary.trust}</p>
          </figcaption>
          <table className="visually-hidden">
            <caption>Weekly averages of mood and trust, {span}</caption>
            <thead>
              <tr>
                <th scope="col">Week starting</th>
                <th scope="col">Mood</th>
                <th scope="col">Trust</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.weekStart}>
                  <th scope="row">{readableDate(row.weekStart)}</th>
                  <td>{row.mood === null ? 'no rating' : oneDecimal(row.mood)}</td>
                  <td>{row.trust === null ? 'no rating' : oneDecimal(row.trust)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ) : (
        <div className="progress-summary">
          <p>{summary.mood}</p>
          <p className="muted">
            When you write an entry, you can say how your mood is and how much trust you feel. Those
            ratings draw this chart, week by week.
          </p>
        </div>
      )}
    </section>
  )
}
