import { describe, expect, it } from 'vitest'
import { highlightSegments } from '@renderer/domain/apology/drafts/highlightSegments'

describe('highlightSegments', () => {
  it('covers the whole text, in order, without gaps', () => {
    const segments = highlightSegments(20, [{ start: 5, end: 9 }])
    expect(segments.map((s) => [s.start, s.end, s.findings])).toEqual([
      [0, 5, []],
      [5, 9, [0]],
      [9, 20, []],
    ])
  })

  it('splits overlapping findings so both are shown, each labelled where it ends', () => {
    const segments = highlightSegments(30, [
      { start: 4, end: 12 },
      { start: 8, end: 25 },
    ])
    expect(segments.map((s) => [s.start, s.end, s.findings, s.endingFindings])).toEqual([
      [0, 4, [], []],
      [4, 8, [0], []],
      [8, 12, [0, 1], [0]],
      [12, 25, [1], [1]],
      [25, 30, [], []],
    ])
  })

  it('returns nothing for empty text', () => {
    expect(highlightSegments(0, [])).toEqual([])
  })
})
