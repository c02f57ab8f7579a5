import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { developmentCorpus } from '@renderer/domain/apology/corpus/developmentCorpus'
import { heldOutSentences } from '@renderer/domain/apology/corpus/heldOutSentences'
import { labelledSentences } from '@renderer/domain/apology/corpus/labelledSentences'
import { evaluateChecker, formatEvaluation } from '@renderer/domain/apology/evaluateChecker'
import { nonApologyCategories } from '@renderer/domain/apology/types'

function wordsOf(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().match(/[a-z']+/g) ?? [])
}

/** Jaccard overlap of two sentences' word sets. */
function wordOverlap(a: string, b: string): number {
  const left = wordsOf(a)
  const right = wordsOf(b)
  const shared = [...left].filter((w) => right.has(w)).length
  return shared / (left.size + right.size - shared)
}

describe('the labelled corpus', () => {
  it('has over 200 sentences written first, with at least 12 examples of every category', () => {
    expect(labelledSentences.length).toBeGreaterThanOrEqual(200)
    for (const category of nonApologyCategories) {
      const positives = labelledSentences.filter((s) => s.expected.includes(category))
      expect(positives.length, category).toBeGreaterThanOrEqual(12)
    }
  })

  it('includes many sincere sentences and tricky negatives', () => {
    const sincere = labelledSentences.filter((s) => s.expected.length === 0)
    expect(sincere.length).toBeGreaterThanOrEqual(100)
  })

  it('never repeats a sentence between the development and held-out sets', () => {
    const all = [...developmentCorpus, ...heldOutSentences].map((s) => s.text)
    expect(new Set(all).size).toBe(all.length)
  })

  it('keeps held-out sentences from nearly repeating development ones', () => {
    // 0.7: above it, a held-out item was a development item with a word or two changed.
    for (const item of heldOutSentences) {
      const closest = Math.max(...developmentCorpus.map((d) => wordOverlap(item.text, d.text)))
      expect(closest, item.text).toBeLessThan(0.7)
    }
  })
})

describe('the held-out set', () => {
  it('has at least 120 sentences, 10 of every category and 30 sincere ones', () => {
    expect(heldOutSentences.length).toBeGreaterThanOrEqual(120)
    for (const category of nonApologyCategories) {
      const positives = heldOutSentences.filter((s) => s.expected.includes(category))
      expect(positives.length, category).toBeGreaterThanOrEqual(10)
    }
    expect(heldOutSentences.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(
      30,
    )
  })
})

describe('the checker on the development corpus', () => {
  const evaluation = evaluateChecker(developmentCorpus, checkApology)

  it('reaches 0.9 precision and 0.8 recall on every category', () => {
    console.log(
      `Development corpus (${developmentCorpus.length} items; the checker was tuned on these)\n${formatEvaluation(evaluation)}`,
    )
    for (const score of evaluation.categories) {
      expect(score.precision, `${score.category} precision`).toBeGreaterThanOrEqual(0.9)
      expect(score.recall, `${score.category} recall`).toBeGreaterThanOrEqual(0.8)
    }
  })
})

describe('the checker on the held-out sentences', () => {
  const evaluation = evaluateChecker(heldOutSentences, checkApology)

  /*
   * These sentences were never used for tuning, so their figures are the honest ones, and they
   * are lower. Since the fifth set, each held-out set is written by a separate session that
   * never saw the rules or their results (the first four were written by the rules' own author,
   * which flattered them: the fourth gave precision 0.97, recall 0.77). This sixth set, on the
   * checker before the fifth round of fixes: precision 0.94, recall 0.40; after it: precision
   * 0.93, recall 0.44. (The fifth set went 0.46 → 0.48 across the fourth round.) Each round
   * lifts the set it was shown to 0.7–0.97 and a stranger's sentences by a few points. The floor
   * sits just below the measured figures and only catches a regression. Never raise it by tuning
   * on these.
   */
  it('prints honest figures and stays above a regression floor overall', () => {
    const misses = evaluation.misses
      .map(
        (m) => `  ${m.text}  missed: [${m.missed.join(', ')}]  extra: [${m.unexpected.join(', ')}]`,
      )
      .join('\n')
    console.log(
      `Held-out sentences (${heldOutSentences.length} items, never tuned on)\n${formatEvaluation(evaluation)}\nDisagreements:\n${misses}`,
    )
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.91)
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.42)
  })
})
