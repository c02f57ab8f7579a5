import type { ReactNode } from 'react'

export interface CountBar {
  readonly key: string
  readonly label: ReactNode
  readonly value: number
  /** What the bar says in words, e.g. "12 entries" or "4.2 of 5". */
  readonly valueText: string
}

export interface CountBarsProps {
  readonly bars: readonly CountBar[]
  /** The value of a full bar. */
  readonly max: number
  readonly label: string
}

/** Horizontal bars with their numbers written beside them, so the list reads without the bars. */
export function CountBars({ bars, max, label }: CountBarsProps) {
  return (
    <ul className="count-bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="count-bars__row">
          <span className="count-bars__label">{bar.label}</span>
          <span className="count-bars__track" aria-hidden="true">
            <span
              className="count-bars__fill"
              style={{ width: `${max > 0 ? Math.min(100, (bar.value / max) * 100) : 0}%` }}
            />
          </span>
          <span className="count-bars__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  )
}
