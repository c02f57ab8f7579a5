import { describe, expect, it } from 'vitest'
import {
  applySuggestion,
  firstBlank,
  undoSuggestion,
} from '@renderer/domain/apology/drafts/applySuggestion'
import { checkApology } from '@renderer/domain/apology/checkApology'

describe('using a suggested wording', () => {
  it('puts in the wording its suggestion quotes', () => {
    const text = "I'm sorry if you were hurt."
    for (const finding of checkApology(text)) {
      expect(finding.suggestion).toContain(`“${finding.wording}”`)
      expect(applySuggestion(text, finding, text)?.text).toBe(finding.wording)
    }
  })

  it('replaces the flagged sentence and leaves the rest of the text as it was', () => {
    const text =
      "We talked for hours. I'm sorry if you felt hurt, but you made me angry. I will listen more."
    const finding = checkApology(text).find((f) => f.category === 'sorry-but')
    if (!finding) throw new Error('expected a sorry-but finding')
    const applied = applySuggestion(text, finding, text)
    expect(applied?.text).toBe("We talked for hours. I'm sorry that I ___. I will listen more.")
    expect(applied && firstBlank(applied)).toEqual({ start: 38, end: 41 })
    expect(applied && applied.text.slice(applied.start, applied.end)).toBe("I'm sorry that I ___.")
  })

  it('finds the sentence again when text was typed before it since the check', () => {
    const checked = "I'm sorry if you were hurt."
    const finding = checkApology(checked).find((f) => f.category === 'conditional')
    if (!finding) throw new Error('expected a conditional finding')
    const applied = applySuggestion(`Jo, ${checked}`, finding, checked)
    expect(applied?.text).toBe("Jo, I'm sorry that I hurt you.")
  })

  it('gives up rather than guessing when the sentence has changed', () => {
    const checked = "I'm sorry if you were hurt."
    const finding = checkApology(checked).find((f) => f.category === 'conditional')
    if (!finding) throw new Error('expected a conditional finding')
    expect(applySuggestion("I'm sorry if you were upset.", finding, checked)).toBeNull()
  })

  it('can be undone, even after more typing elsewhere', () => {
    const text = "I'm sorry if you were hurt."
    const finding = checkApology(text).find((f) => f.category === 'conditional')
    if (!finding) throw new Error('expected a conditional finding')
    const applied = applySuggestion(text, finding, text)
    if (!applied) throw new Error('expected a rewrite')
    expect(undoSuggestion(applied.text, applied)).toBe(text)
    expect(undoSuggestion(`Dear Jo, ${applied.text}`, applied)).toBe(`Dear Jo, ${text}`)
    expect(undoSuggestion('Something else entirely.', applied)).toBeNull()
  })
})

describe('every suggestion in the corpus', () => {
  it('offers a wording that "Use this wording" can drop in', async () => {
    const { developmentCorpus } = await import('@renderer/domain/apology/corpus/developmentCorpus')
    let findings = 0
    for (const { text } of developmentCorpus) {
      for (const finding of checkApology(text)) {
        findings++
        expect(finding.wording, finding.suggestion).not.toBe('')
        expect(applySuggestion(text, finding, text)).not.toBeNull()
      }
    }
    expect(findings).toBeGreaterThan(50)
  })
})
