/**
 * How guessable a new passphrase is, with a sentence the person can act on. Used by the meter at
 * creation and change, and again by the vault itself, which refuses anything below the minimum.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { passphraseFeedbackText } from './passphraseFeedbackText'

export type PassphraseScore = 0 | 1 | 2 | 3 | 4

export interface PassphraseAssessment {
  /** zxcvbn's 0 (guessable in under 10³ tries) to 4 (more than 10¹⁰ tries). */
  readonly score: PassphraseScore
  readonly explanation: string
  readonly meetsMinimum: boolean
}

/**
 * Score 3 means zxcvbn expects an attacker to need at least 10⁸ guesses. Each guess against a
 * copied journal costs a full Argon2id run over 256 MiB, so even a rig managing 1,000 guesses a
 * second needs over a day for the weakest passphrase we accept and months at score 4 (10¹⁰);
 * score 2 (10⁶) would fall in a quarter of an hour. The 10-character floor catches what a
 * dictionary-based estimator can overrate: short strings of random-looking symbols.
 */
export const MINIMUM_SCORE: PassphraseScore = 3
export const MINIMUM_LENGTH = 10

let estimator: Promise<ZxcvbnFactory> | null = null

/** The dictionaries are about 1.5 MB of JavaScript, so they load on first use, not at start-up. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: passphraseFeedbackText,
      }),
    (error: unknown) => {
      estimator = null
      throw error
    },
  )
  return estimator
}

function explain(score: PassphraseScore, length: number, warning: string | null, hint?: string) {
  if (length < MINIMUM_LENGTH) {
    return `Use at least ${MINIMUM_LENGTH} characters. A few unrelated words are easier to remember than a short password, and much harder to guess.`
  }
  if (score < MINIMUM_SCORE) {
    const advice = hint ?? 'Add another word or two that have nothing to do with each other.'
    return warning ? `${warning} ${advice}` : `This would be quick to guess. ${advice}`
  }
  if (score === MINIMUM_SCORE) {
    return 'Good enough to use. One more unrelated word would make it stronger still.'
  }
  // The meter already names the strength ("Very strong."); saying "Strong." again beside it
  // would contradict it.
  return 'Keep it safe: without it or your recovery words, no one can open this journal, not even Mend.'
}

/** "Sam's journal" → itself, "sam", "journal" and "samsjournal": each alone is guessable. */
function expandAvoidWords(avoidWords: readonly string[]): string[] {
  const expanded = new Set<string>()
  for (const phrase of avoidWords) {
    const lower = phrase.toLowerCase().trim()
    if (lower.length === 0) continue
    expanded.add(lower)
    const parts = lower.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1)
    for (const part of parts) expanded.add(part)
    expanded.add(lower.replace(/[^\p{L}\p{N}]+/gu, ''))
  }
  return [...expanded]
}

/** `avoidWords` (the journal's name, for instance) count as easy to guess. */
export async function assessPassphrase(
  passphrase: string,
  avoidWords: readonly string[] = [],
): Promise<PassphraseAssessment> {
  const zxcvbn = await loadEstimator()
  const result = zxcvbn.check(passphrase, expandAvoidWords(avoidWords))
  const score = result.score as PassphraseScore
  const length = [...passphrase].length
  return {
    score,
    explanation: explain(score, length, result.feedback.warning, result.feedback.suggestions[0]),
    meetsMinimum: score >= MINIMUM_SCORE && length >= MINIMUM_LENGTH,
  }
}
