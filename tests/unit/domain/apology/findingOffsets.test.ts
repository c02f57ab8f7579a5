import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { developmentCorpus } from '@renderer/domain/apology/corpus/developmentCorpus'
import type { ApologyFinding } from '@renderer/domain/apology/types'

function expectConsistent(text: string, findings: readonly ApologyFinding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0)
    expect(f.end).toBeGreaterThan(f.start)
    expect(f.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(f.start, f.end)).toBe(f.matchedText)
    expect(f.sentenceStart).toBeLessThanOrEqual(f.start)
    expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end)
  }
  const starts = findings.map((f) => f.start)
  expect(starts).toEqual([...starts].sort((a, b) => a - b))
  expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
}

describe('finding offsets', () => {
  it('point at the exact characters of the flagged phrase', () => {
    const text = 'Well. I’m sorry if I hurt you.'
    const [finding] = checkApology(text)
    expect(finding?.category).toBe('conditional')
    expect(finding?.matchedText).toBe('sorry if')
    expect(finding?.start).toBe(text.indexOf('sorry if'))
    expect(finding?.sentenceStart).toBe(text.indexOf('I’m'))
    expect(finding?.sentenceEnd).toBe(text.length)
  })

  it('stay right after emoji, curly quotes, Windows line endings and blank lines', () => {
    const text = '💔 “Hi.”\r\n\r\n  I feel abandoned.\r\nMistakes were made.'
    const findings = checkApology(text)
    expectConsistent(text, findings)
    expect(findings.map((f) => f.matchedText)).toEqual(['feel abandoned', 'Mistakes were made'])
  })

  it('hold for every sentence of the corpus', () => {
    for (const { text } of developmentCorpus) expectConsistent(text, checkApology(text))
  })

  it('hold for any mix of corpus sentences, spacing and paragraphs', () => {
    const sentence = fc.constantFrom(...developmentCorpus.map((s) => s.text))
    const gap = fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', ' 🙂 ', '\t')
    const letter = fc
      .array(fc.tuple(sentence, gap), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([s, g]) => s + g).join(''))
    fc.assert(
      fc.property(letter, (text) => {
        expectConsistent(text, checkApology(text))
      }),
      { numRuns: 60 },
    )
  })

  it('give each finding an id that survives edits after it', () => {
    const before = checkApology('I had no choice. Take your time.')
    const after = checkApology('I had no choice. Take all the time you need.')
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id))
  })
})
