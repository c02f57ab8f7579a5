import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { developmentCorpus } from '@renderer/domain/apology/corpus/developmentCorpus'
import { applySuggestion } from '@renderer/domain/apology/drafts/applySuggestion'

/*
 * A property of the checker rather than of one rule: whatever it suggests, using the suggestion
 * must not leave a non-apology behind. Run on the development corpus only; the held-out corpus
 * stays unseen.
 */
const uses = developmentCorpus.flatMap(({ text }) =>
  checkApology(text).map((finding) => {
    const applied = applySuggestion(text, finding, text)
    if (!applied) throw new Error(`No wording to use for ${finding.category} in: ${text}`)
    return { text, finding, applied, after: checkApology(applied.text) }
  }),
)

describe('using a suggested wording on every flagged item of the development corpus', () => {
  it('covers every category many times over', () => {
    expect(uses.length).toBeGreaterThan(400)
    expect(new Set(uses.map((u) => u.finding.category)).size).toBe(10)
  })

  it('puts in words the checker does not flag on their own', () => {
    for (const { text, finding } of uses) {
      expect(checkApology(finding.wording), `${finding.category} in: ${text}`).toEqual([])
    }
  })

  it('leaves no finding of the same category', () => {
    for (const { finding, applied, after } of uses) {
      const same = after.filter((f) => f.category === finding.category)
      expect(same, `${finding.category} → ${applied.text}`).toEqual([])
    }
  })

  it('leaves nothing flagged inside the new words', () => {
    for (const { finding, applied, after } of uses) {
      const inside = after.filter((f) => f.start >= applied.start && f.end <= applied.end)
      expect(inside, `${finding.category} → ${applied.text}`).toEqual([])
    }
  })

  it('leaves no finding at all, except the other sentences’ own', () => {
    /*
     * What may remain belongs to a sentence the wording did not replace: in "Sorry if it came
     * across badly. But honestly, you pushed me to it." fixing the first sentence leaves the
     * second's blame, and its "But" still cancels whatever apology comes before it. Those flags
     * carry their own wording. So: a finding after the change must reach outside the new words,
     * and must have been there before, over the same words.
     */
    for (const { text, finding, applied, after } of uses) {
      const before = checkApology(text)
      const shift = applied.end - applied.start - (finding.sentenceEnd - finding.sentenceStart)
      for (const left of after) {
        const reachesOutside = left.start < applied.start || left.end > applied.end
        expect(reachesOutside, `${left.category} in ${applied.text}`).toBe(true)
        const crossesIn = left.start < applied.end && left.end > applied.start
        if (crossesIn) continue
        const start = left.start >= applied.end ? left.start - shift : left.start
        const wasThere = before.some(
          (f) =>
            f.category === left.category && f.start === start && f.matchedText === left.matchedText,
        )
        expect(wasThere, `${left.category} “${left.matchedText}” in ${applied.text}`).toBe(true)
      }
    }
    const untouched = uses.filter((u) => u.after.length === 0).length
    console.log(`${untouched} of ${uses.length} uses leave the item with nothing flagged`)
    expect(untouched / uses.length).toBeGreaterThan(0.95)
  })

  it('offers the same wording on every finding that replaces the same sentence', () => {
    for (const { text } of developmentCorpus) {
      const bySentence = new Map<string, Set<string>>()
      for (const f of checkApology(text)) {
        const key = `${f.sentenceStart}:${f.sentenceEnd}`
        bySentence.set(key, (bySentence.get(key) ?? new Set()).add(f.wording))
      }
      for (const wordings of bySentence.values()) expect(wordings.size, text).toBe(1)
    }
  })
})
