import type { Token } from '../analysedSentence'

/** Participles that open a supposition as "if" does: "assuming it hurt you, I'm sorry". */
const suppositions = new Set(['assuming', 'supposing', 'provided', 'providing'])
/** "assuming nothing", "assuming the worst" state an attitude, not a condition on the harm. */
const notSupposed = new Set(['nothing', 'anything', 'everything', 'so'])
const attitudes = new Set(['worst', 'best'])
/** "insofar as", "inasmuch as": degree, which hangs the apology on the harm like "to the extent". */
const degreeHeads = new Set(['insofar', 'inasmuch'])

function opensClauseAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before === undefined || before.pauseAfter
}

/**
 * Index of the last word of a condition opened at i, or -1: "if", "assuming (that)", "insofar
 * as", "in the event (that)", and a sentence-opening "where" followed by its subject rather than
 * a verb ("Where my temper frightened you" is a condition; "Where were you" is a question).
 * Callers judge what the condition is about; this only finds where one starts.
 */
export function conditionOpenerEnd(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.normal ?? ''
  const next = tokens[i + 1]
  if (word === 'if') return i
  if (suppositions.has(word) && opensClauseAt(tokens, i)) {
    if (!next || notSupposed.has(next.normal)) return -1
    if (next.normal === 'the' && attitudes.has(tokens[i + 2]?.normal ?? '')) return -1
    return next.normal === 'that' ? i + 1 : i
  }
  if (degreeHeads.has(word) && next?.normal === 'as') return i + 1
  if (word === 'in' && next?.normal === 'the' && tokens[i + 2]?.normal === 'event') {
    return tokens[i + 3]?.normal === 'that' ? i + 3 : i + 2
  }
  if (word === 'where' && i === 0 && next !== undefined && !next.tags.has('Verb')) return i
  return -1
}
