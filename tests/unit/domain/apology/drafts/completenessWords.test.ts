import { describe, expect, it } from 'vitest'
import { completenessWords } from '@renderer/domain/apology/drafts/completenessWords'

const nothingLeft = { phrases: 0, blanks: 0 }

describe('the words for what a letter covers', () => {
  it('follow the score in calm bands when nothing is left to look at', () => {
    expect(completenessWords(0, nothingLeft)).toBe('Not started yet')
    expect(completenessWords(15, nothingLeft)).toBe('A beginning')
    expect(completenessWords(45, nothingLeft)).toBe('Taking shape')
    expect(completenessWords(70, nothingLeft)).toBe('Most of what matters is here')
    expect(completenessWords(95, nothingLeft)).toBe('Covers what matters most')
    expect(completenessWords(100, nothingLeft)).toBe('Every part is here')
  })

  it('never call a letter complete while phrases are still flagged', () => {
    expect(completenessWords(100, { phrases: 2, blanks: 0 })).toBe(
      'Every part is here — 2 phrases still to look at',
    )
    expect(completenessWords(100, { phrases: 1, blanks: 0 })).toBe(
      'Every part is here — one phrase still to look at',
    )
  })

  it('never call a letter complete while a used wording still has a blank', () => {
    expect(completenessWords(100, { phrases: 0, blanks: 1 })).toBe(
      'Every part is here — one blank still to fill in',
    )
    expect(completenessWords(100, { phrases: 1, blanks: 2 })).toBe(
      'Every part is here — one phrase to look at and 2 blanks to fill in',
    )
  })

  it('name what is left at every stage, not only at the end', () => {
    expect(completenessWords(45, { phrases: 3, blanks: 0 })).toBe(
      'Taking shape — 3 phrases still to look at',
    )
  })
})
