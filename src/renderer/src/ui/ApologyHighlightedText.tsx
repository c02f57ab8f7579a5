import type { ReactNode } from 'react'
import { highlightSegments } from '../domain/apology/drafts/highlightSegments'

export interface ApologyHighlightedTextProps {
  readonly text: string
  /** Flagged ranges, numbered from 1 in this order to match the list of findings. */
  readonly ranges: readonly { readonly start: number; readonly end: number }[]
  /** The finding being looked at in the list, drawn more strongly. */
  readonly activeIndex?: number | null
  readonly label: string
}

/**
 * The person's words with flagged phrases in <mark> and a number after each: text nodes only,
 * never HTML, whatever was typed. Overlapping findings are split into stretches, not nested.
 */
export function ApologyHighlightedText({
  text,
  ranges,
  activeIndex = null,
  label,
}: ApologyHighlightedTextProps) {
  const parts: ReactNode[] = []
  for (const segment of highlightSegments(text.length, ranges)) {
    const slice = text.slice(segment.start, segment.end)
    if (segment.findings.length === 0) parts.push(slice)
    else {
      const active = activeIndex !== null && segment.findings.includes(activeIndex)
      parts.push(
        <mark
          key={`m${segment.start}`}
          className={active ? 'apology-mark apology-mark--active' : 'apology-mark'}
        >
          {slice}
        </mark>,
      )
    }
    for (const index of segment.endingFindings) {
      parts.push(
        <sup key={`n${index}`} className="apology-mark__number">
          <span className="visually-hidden">(phrase </span>
          {index + 1}
          <span className="visually-hidden">)</span>
        </sup>,
      )
    }
  }
  return (
    <div className="apology-highlighted" role="document" aria-label={label}>
      {parts}
    </div>
  )
}
