import type { HeatLevel } from './Heatmap'

const legend: readonly [HeatLevel, string][] = [
  ['rest', 'Nothing planned'],
  ['none', 'Not kept'],
  ['some', 'Partly kept'],
  ['all', 'Kept'],
  ['extra', 'Kept, unplanned'],
]

/** The key to the squares' shades, in words. */
export function HeatmapLegend() {
  return (
    <ul className="heatmap-legend" aria-label="Key to the calendar">
      {legend.map(([level, text]) => (
        <li key={level}>
          <span className={`heatmap-legend__swatch heatmap__cell--${level}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  )
}
