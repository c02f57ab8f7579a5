import { describe, expect, it } from 'vitest'
import { createApologyChecker } from '@renderer/domain/apology/checker/createApologyChecker'
import { sampleLetter } from '@renderer/domain/apology/corpus/sampleLetter'

describe('the apology checker’s sentence cache', () => {
  it('parses only the edited sentence when someone types', () => {
    const parsed: string[] = []
    const checker = createApologyChecker({ onSentenceParsed: (s) => parsed.push(s) })
    checker.check(sampleLetter)
    const sentenceCount = parsed.length
    expect(sentenceCount).toBeGreaterThan(15)
    parsed.length = 0
    const edited = sampleLetter.replace(
      'I have closed the account.',
      'I have closed the account today.',
    )
    checker.check(edited)
    expect(parsed).toEqual([
      'I have started seeing a debt counsellor every Thursday, and I have closed the account today.',
    ])
  })

  it('gives the same findings from the cache as from a fresh parse', () => {
    const warm = createApologyChecker()
    warm.check(sampleLetter)
    expect(warm.check(sampleLetter)).toEqual(createApologyChecker().check(sampleLetter))
  })

  it('forgets old sentences beyond its capacity and still answers correctly', () => {
    const parsed: string[] = []
    const checker = createApologyChecker({ cacheSize: 2, onSentenceParsed: (s) => parsed.push(s) })
    checker.check('I had no choice.')
    checker.check('Mistakes were made.')
    checker.check('You made me do it.')
    parsed.length = 0
    expect(checker.check('I had no choice.').map((f) => f.category)).toEqual(['excuse-explanation'])
    // Then the sentences of its suggested wording, which is checked before it is offered.
    expect(parsed[0]).toBe('I had no choice.')
    expect(parsed.filter((s) => s === 'I had no choice.')).toHaveLength(1)
  })

  it('reports the sentences of a text with their places and paragraphs', () => {
    const text = 'I lied.\n\nI will stop. I promise.'
    const sentences = createApologyChecker().sentences(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'I lied.',
      'I will stop.',
      'I promise.',
    ])
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1])
  })
})
