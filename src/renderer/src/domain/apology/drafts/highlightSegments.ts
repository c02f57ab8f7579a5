/** A stretch of text and the findings (by index) that cover it; none for plain text. */
export interface HighlightSegment {
  readonly start: number
  readonly end: number
  readonly findings: readonly number[]
  /** Findings whose flagged phrase ends here, for a numbered label after it. */
  readonly endingFindings: readonly number[]
}

/**
 * Cuts text into stretches at every start and end of a flagged range, so overlapping findings
 * ("sorry if" inside "sorry if you were hurt") are both shown without nesting marks.
 */
export function highlightSegments(
  textLength: number,
  ranges: readonly { readonly start: number; readonly end: number }[],
): readonly HighlightSegment[] {
  const cuts = new Set<number>([0, textLength])
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(textLength, range.start)))
    cuts.add(Math.max(0, Math.min(textLength, range.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: HighlightSegment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (end <= start) continue
    const findings: number[] = []
    const endingFindings: number[] = []
    ranges.forEach((range, index) => {
      if (range.start <= start && range.end >= end) findings.push(index)
      if (range.end === end && range.start < end) endingFindings.push(index)
    })
    segments.push({ start, end, findings, endingFindings })
  }
  return segments
}
