import type { ReactNode } from 'react'
import type { HighlightedText } from '../domain/search/types'

/** Marked ranges rendered as text nodes and <mark>: never HTML, whatever the entry contains. */
export function Highlighted({ value }: { readonly value: HighlightedText }) {
  const parts: ReactNode[] = []
  let cursor = 0
  value.ranges.forEach((range, i) => {
    if (range.start > cursor) parts.push(value.text.slice(cursor, range.start))
    parts.push(<mark key={i}>{value.text.slice(range.start, range.end)}</mark>)
    cursor = range.end
  })
  if (cursor < value.text.length) parts.push(value.text.slice(cursor))
  return (
    <>
      {value.clippedStart && '… '}
      {parts}
      {value.clippedEnd && ' …'}
    </>
  )
}
