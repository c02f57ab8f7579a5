import { describe, expect, it } from 'vitest'
import { highlightText, snippetText } from '@renderer/domain/search/highlightText'
import { normaliseTerm, termsOf, tokenize } from '@renderer/domain/search/searchTerms'

describe('search terms', () => {
  it('folds case, accents and apostrophes', () => {
    expect(termsOf("Don't forget the Café")).toEqual(['dont', 'forget', 'the', 'cafe'])
    expect(normaliseTerm('Ünïcödé')).toBe('unicode')
  })

  it('splits hyphenated words and keeps positions in the original text', () => {
    expect(tokenize('well-being, again')).toEqual([
      { start: 0, end: 4, term: 'well' },
      { start: 5, end: 10, term: 'being' },
      { start: 12, end: 17, term: 'again' },
    ])
  })

  it('makes each Chinese or Japanese character its own term', () => {
    expect(termsOf('今天ok')).toEqual(['今', '天', 'ok'])
  })
})

describe('highlightText', () => {
  it('marks every occurrence of the terms, whatever the case', () => {
    const text = 'Trust, trust and TRUSTED'
    const result = highlightText(text, new Set(['trust']))
    expect(result.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Trust', 'trust'])
  })

  it('marks an accented word found by its plain spelling', () => {
    expect(highlightText('Un café', new Set(['cafe'])).ranges).toEqual([{ start: 3, end: 7 }])
  })
})

describe('snippetText', () => {
  it('returns a short text whole', () => {
    expect(snippetText('A short day.', new Set(['day']), 180)).toEqual({
      text: 'A short day.',
      ranges: [{ start: 8, end: 11 }],
      clippedStart: false,
      clippedEnd: false,
    })
  })

  it('centres on the densest cluster of matches and cuts at spaces', () => {
    const text = `${'alone here '.repeat(20)}one pair of words: pair and pair ${'after that '.repeat(20)}`
    const result = snippetText(text, new Set(['pair', 'one']), 80)
    expect(result.text.length).toBeLessThanOrEqual(80)
    expect(result.ranges.map((r) => result.text.slice(r.start, r.end))).toEqual([
      'one',
      'pair',
      'pair',
      'pair',
    ])
    expect(result.text.startsWith(' ') || result.text.endsWith(' ')).toBe(false)
    expect(result.clippedStart && result.clippedEnd).toBe(true)
  })

  it('starts at the beginning when nothing matched', () => {
    const result = snippetText('word '.repeat(100), new Set(), 50)
    expect(result.clippedStart).toBe(false)
    expect(result.ranges).toEqual([])
    expect(result.text.length).toBeLessThanOrEqual(50)
  })
})
