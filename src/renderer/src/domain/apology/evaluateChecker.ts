import type { LabelledSentence } from './corpus/labelledSentence'
import { nonApologyCategories, type ApologyFinding, type NonApologyCategory } from './types'

export interface CategoryScore {
  readonly category: NonApologyCategory | 'overall'
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  /** 1 when the checker flagged nothing in this category (no false alarms). */
  readonly precision: number
  /** 1 when the corpus has no example of this category. */
  readonly recall: number
}

export interface CheckerMiss {
  readonly text: string
  readonly missed: readonly NonApologyCategory[]
  readonly unexpected: readonly NonApologyCategory[]
}

export interface CheckerEvaluation {
  readonly categories: readonly CategoryScore[]
  readonly overall: CategoryScore
  /** Items where the checker and the label disagree, to read when improving either. */
  readonly misses: readonly CheckerMiss[]
}

function score(
  category: CategoryScore['category'],
  tp: number,
  fp: number,
  fn: number,
): CategoryScore {
  return {
    category,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  }
}

/**
 * Compares the categories the checker finds in each item with its labels. An item counts once
 * per category, however many phrases in it were flagged.
 */
export function evaluateChecker(
  corpus: readonly LabelledSentence[],
  check: (text: string) => readonly ApologyFinding[],
): CheckerEvaluation {
  const counts = new Map(nonApologyCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]))
  const misses: CheckerMiss[] = []
  for (const item of corpus) {
    const found = new Set(check(item.text).map((f) => f.category))
    const expected = new Set(item.expected)
    const missed = [...expected].filter((c) => !found.has(c))
    const unexpected = [...found].filter((c) => !expected.has(c))
    for (const category of nonApologyCategories) {
      const tally = counts.get(category)
      if (!tally) continue
      if (found.has(category) && expected.has(category)) tally.tp++
      else if (found.has(category)) tally.fp++
      else if (expected.has(category)) tally.fn++
    }
    if (missed.length > 0 || unexpected.length > 0)
      misses.push({ text: item.text, missed, unexpected })
  }
  const categories = nonApologyCategories.map((c) => {
    const { tp, fp, fn } = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 }
    return score(c, tp, fp, fn)
  })
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives'): number =>
    categories.reduce((total, c) => total + c[key], 0)
  const overall = score(
    'overall',
    sum('truePositives'),
    sum('falsePositives'),
    sum('falseNegatives'),
  )
  return { categories, overall, misses }
}

/** A fixed-width table for test output and the bench log. */
export function formatEvaluation(evaluation: CheckerEvaluation): string {
  const rows = [...evaluation.categories, evaluation.overall].map((c) =>
    [
      c.category.padEnd(22),
      String(c.truePositives).padStart(4),
      String(c.falsePositives).padStart(4),
      String(c.falseNegatives).padStart(4),
      c.precision.toFixed(2).padStart(9),
      c.recall.toFixed(2).padStart(7),
    ].join(' '),
  )
  return [`${'category'.padEnd(22)}   tp   fp   fn precision  recall`, ...rows].join('\n')
}
