import type { AnalysedSentence, CompiledPattern, TokenSpan } from './analysedSentence'
import { apologyHeads } from './apologyHeads'

/** Alternatives for an apology word, for use inside compromise patterns. */
export const head =
  '(sorry|apologise|apologize|apologised|apologized|apologies|apology|regret|regrets|soz)'

/** Matches of a pattern that begin on a real (non-negated) apology word. */
export function findFromHead(sentence: AnalysedSentence, p: CompiledPattern): readonly TokenSpan[] {
  const heads = new Set(apologyHeads(sentence))
  if (heads.size === 0) return []
  return sentence.find(p).filter((span) => heads.has(span.first))
}
