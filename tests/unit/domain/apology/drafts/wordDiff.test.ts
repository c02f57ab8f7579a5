import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffSummary, wordDiff, type DiffPart } from '@renderer/domain/apology/drafts/wordDiff'

function side(parts: readonly DiffPart[], leave: DiffPart['kind']): string {
  return parts
    .filter((p) => p.kind !== leave)
    .map((p) => p.text)
    .join('')
}

describe('wordDiff', () => {
  it('marks a changed word as removed from the earlier text and added to the later one', () => {
    const parts = wordDiff('I was wrong to shout.', 'I was wrong to leave.')
    expect(parts).toEqual([
      { kind: 'same', text: 'I was wrong to ' },
      { kind: 'removed', text: 'shout' },
      { kind: 'added', text: 'leave' },
      { kind: 'same', text: '.' },
    ])
  })

  it('treats punctuation apart from the word it follows', () => {
    const parts = wordDiff('I am sorry.', 'I am sorry, truly.')
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual([', truly'])
  })

  it('finds only additions when a sentence is added in the middle', () => {
    const before = 'I lied about the money.\n\nI will show you every statement.'
    const after =
      'I lied about the money.\n\nThat was my choice.\n\nI will show you every statement.'
    const parts = wordDiff(before, after)
    expect(parts.some((p) => p.kind === 'removed')).toBe(false)
    expect(diffSummary(parts)).toEqual({ wordsAdded: 4, wordsRemoved: 0 })
  })

  it('reports identical texts as one unchanged part, and empty texts as nothing', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual([{ kind: 'same', text: 'Same words.' }])
    expect(wordDiff('', '')).toEqual([])
    expect(wordDiff('', 'New.')).toEqual([{ kind: 'added', text: 'New.' }])
  })

  it('always rebuilds both texts exactly from its parts', () => {
    const words = fc.constantFrom('I', 'you', 'sorry', 'was', 'wrong', '.', ',', ' ', '\n', 'it')
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b)
        expect(side(parts, 'added')).toBe(a)
        expect(side(parts, 'removed')).toBe(b)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the edit minimal: unchanged words are never reported as removed and re-added', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }), (tokens) => {
        const text = tokens.join(' ')
        expect(wordDiff(text, text).every((p) => p.kind === 'same')).toBe(true)
      }),
    )
  })

  // How long this takes is measured in npm run bench ("apology versions"), not asserted here.
  it('finds the one added sentence between two 1,500-word letters', () => {
    const sentence = 'I broke your trust when I kept the account from you, and I own it. '
    const before = sentence.repeat(110)
    const after = before.replace(/account/g, (m, offset: number) =>
      offset % 7 === 0 ? 'savings' : m,
    )
    const parts = wordDiff(before, after + 'Thank you for reading this.')
    expect(side(parts, 'removed')).toContain('Thank you for reading this.')
  })
})
