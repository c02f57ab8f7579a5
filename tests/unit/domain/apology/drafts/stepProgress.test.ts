import { describe, expect, it } from 'vitest'
import { stepProgress, writtenWords } from '@renderer/domain/apology/drafts/stepProgress'

const phrases = (count: number) => () => count

describe('a builder step’s progress', () => {
  it('counts a blank answer as not written, with nothing to look at', () => {
    expect(stepProgress('   ', phrases(3))).toEqual({ written: false, phrases: 0, blanks: 0 })
  })

  it('carries the flagged phrases and unfilled blanks of a written answer', () => {
    expect(stepProgress("I'm sorry if you were hurt.", phrases(2))).toEqual({
      written: true,
      phrases: 2,
      blanks: 0,
    })
    expect(stepProgress("I'm sorry that I ___.", phrases(0))).toEqual({
      written: true,
      phrases: 0,
      blanks: 1,
    })
  })
})

describe('the words for how many steps are written', () => {
  const settled = { written: true, phrases: 0, blanks: 0 }
  const blank = { written: false, phrases: 0, blanks: 0 }

  it('count the written steps when nothing is left to look at', () => {
    expect(writtenWords([settled, settled, blank])).toBe('2 of 3 written')
  })

  it('say how many written steps still have something to look at', () => {
    const flagged = { written: true, phrases: 4, blanks: 0 }
    const unfilled = { written: true, phrases: 0, blanks: 1 }
    expect(writtenWords([settled, flagged, settled])).toBe(
      '3 of 3 written, one still has something to look at',
    )
    expect(writtenWords([flagged, unfilled, blank])).toBe(
      '2 of 3 written, 2 still have something to look at',
    )
  })
})
