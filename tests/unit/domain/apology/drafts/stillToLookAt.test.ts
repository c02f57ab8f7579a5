import { describe, expect, it } from 'vitest'
import {
  countBlanks,
  isSettled,
  stillToLookAtWords,
} from '@renderer/domain/apology/drafts/stillToLookAt'

describe('what is still to look at in a draft', () => {
  it('counts each blank of a used wording once, however many underscores it has', () => {
    expect(countBlanks("I'm sorry that I ___. I understand why you feel _____.")).toBe(2)
    expect(countBlanks("I'm sorry that I read your messages.")).toBe(0)
  })

  it('is settled only with no flagged phrase and no blank', () => {
    expect(isSettled({ phrases: 0, blanks: 0 })).toBe(true)
    expect(isSettled({ phrases: 1, blanks: 0 })).toBe(false)
    expect(isSettled({ phrases: 0, blanks: 1 })).toBe(false)
  })

  it('is said in plain words, or not at all when nothing is left', () => {
    expect(stillToLookAtWords({ phrases: 0, blanks: 0 })).toBe('')
    expect(stillToLookAtWords({ phrases: 4, blanks: 0 })).toBe('4 phrases still to look at')
    expect(stillToLookAtWords({ phrases: 0, blanks: 1 })).toBe('one blank still to fill in')
    expect(stillToLookAtWords({ phrases: 2, blanks: 1 })).toBe(
      '2 phrases to look at and one blank to fill in',
    )
  })
})
