import { describe, expect, it } from 'vitest'
import { wordCount } from '@renderer/domain/journal/wordCount'

describe('wordCount', () => {
  it('counts plain words, contractions and hyphenated words as one each', () => {
    expect(wordCount("I didn't rush the well-being talk")).toBe(6)
  })

  it('counts nothing in an empty or blank entry', () => {
    expect(wordCount('')).toBe(0)
    expect(wordCount('  \n\t ')).toBe(0)
  })

  it('ignores Markdown syntax and link targets', () => {
    const markdown = [
      '## A better evening',
      '',
      '- **We** cooked together',
      '> she _laughed_',
      '1. [counsellor notes](https://example.org/a/b?c=d)',
      '---',
      '![photo of the park](park.png)',
    ].join('\n')
    // a better evening / we cooked together / she laughed / counsellor notes / photo of the park
    expect(wordCount(markdown)).toBe(14)
  })

  it('splits words joined by an em dash and does not count a lone dash', () => {
    expect(wordCount('tired—but hopeful')).toBe(3)
    expect(wordCount('tired — but hopeful')).toBe(3)
    expect(wordCount('tired – hopeful')).toBe(2)
  })

  it('counts each Chinese or Japanese character roughly as a word', () => {
    expect(wordCount('今天很好')).toBe(4)
    expect(wordCount('ありがとう')).toBe(5)
    expect(wordCount('今天 good day')).toBe(4)
  })

  it('counts Korean by its spaces like other alphabets', () => {
    expect(wordCount('오늘은 좋은 날')).toBe(3)
  })

  it('counts numbers and words with accents', () => {
    expect(wordCount('Walked 3.5 km to the café')).toBe(6)
  })
})
