import { describe, expect, it } from 'vitest'
import { contrastAt, nextContrast } from '@renderer/domain/apology/checker/contrastMarkers'
import { analyseSentence } from '@renderer/domain/apology/checker/nlpEngine'

function markerWords(text: string): string | null {
  const { tokens } = analyseSentence(text)
  const span = nextContrast(tokens, -1)
  return span
    ? tokens
        .slice(span.first, span.last + 1)
        .map((t) => t.normal)
        .join(' ')
    : null
}

describe('contrast markers', () => {
  it('find "but", "however" and set phrases that do the same work', () => {
    expect(markerWords("I'm sorry, but I was tired.")).toBe('but')
    expect(markerWords("I'm sorry; having said that, you started it.")).toBe('having said that')
    expect(markerWords("I'm sorry; in my defence, nobody told me.")).toBe('in my defence')
  })

  it('take "still" and "yet" only when they open a clause', () => {
    expect(markerWords("I'm sorry; still, I had my reasons.")).toBe('still')
    expect(markerWords('I still think about it.')).toBeNull()
    expect(markerWords("I haven't told her yet.")).toBeNull()
  })

  it('report a sentence-initial marker at the first token', () => {
    const { tokens } = analyseSentence('Then again, you did push me.')
    expect(contrastAt(tokens, 0)).toEqual({ first: 0, last: 1 })
  })
})
