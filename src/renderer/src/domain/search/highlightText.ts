import { tokenize } from './searchTerms'
import type { HighlightedText, TextRange } from './types'

/** The whole text with every word whose term is in `terms` marked. */
export function highlightText(text: string, terms: ReadonlySet<string>): HighlightedText {
  return { text, ranges: matchRanges(text, terms), clippedStart: false, clippedEnd: false }
}

/** 40 characters of lead-in, so a match is not the first thing on the line with no context. */
const leadIn = 40

/**
 * A passage of at most `maxLength` characters around the densest cluster of matches, cut at
 * word boundaries. Without matches, the opening of the text.
 */
export function snippetText(
  text: string,
  terms: ReadonlySet<string>,
  maxLength: number,
): HighlightedText {
  const ranges = matchRanges(text, terms)
  if (text.length <= maxLength) return { text, ranges, clippedStart: false, clippedEnd: false }

  let start = ranges.length > 0 ? Math.max(0, densestWindowStart(ranges, maxLength) - leadIn) : 0
  if (start > 0) {
    // Begin after a space rather than mid-word, unless that would jump past the first match.
    const space = text.indexOf(' ', start)
    const firstMatch = ranges.find((range) => range.start >= start)?.start ?? start
    if (space !== -1 && space < firstMatch) start = space + 1
  }
  let end = Math.min(text.length, start + maxLength)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const passage = text.slice(start, end)
  const inside = ranges
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start - start, end: range.end - start }))
  return { text: passage, ranges: inside, clippedStart: start > 0, clippedEnd: end < text.length }
}

function matchRanges(text: string, terms: ReadonlySet<string>): TextRange[] {
  if (terms.size === 0) return []
  return tokenize(text)
    .filter((token) => terms.has(token.term))
    .map((token) => ({ start: token.start, end: token.end }))
}

/** Start of the match that begins the window holding the most matches (two pointers, O(n)). */
function densestWindowStart(ranges: readonly TextRange[], width: number): number {
  let best = 0
  let bestCount = 0
  let last = 0
  for (let first = 0; first < ranges.length; first += 1) {
    const windowEnd = (ranges[first] as TextRange).start + width - leadIn
    last = Math.max(last, first)
    while (last < ranges.length && (ranges[last] as TextRange).end <= windowEnd) last += 1
    if (last - first > bestCount) {
      bestCount = last - first
      best = first
    }
  }
  return (ranges[best] as TextRange).start
}
