import type { Token, TokenSpan } from '../analysedSentence'
import { clauseEnd, clauseStart } from '../clauses'
import { wordSet } from '../wordSet'

/** "nothing else", "no one else": an empty set of alternatives. */
const emptyAlternatives = wordSet(`
  nothing
`)
const ableModals = wordSet(`
  could can
`)
/** "no way around it", "no way out", "no way round it". */
const escapeParticles = wordSet(`
  around round out
`)

/** "There was nothing else I could have done": no alternative was open to the writer. */
function nothingElseAt(tokens: readonly Token[], i: number): TokenSpan | null {
  if (tokens[i]?.normal !== 'else' || !emptyAlternatives.has(tokens[i - 1]?.normal ?? ''))
    return null
  const end = clauseEnd(tokens, i)
  const modal = tokens.findIndex((t, k) => k > i && k <= end && ableModals.has(t.normal))
  return modal < 0 ? null : { first: clauseStart(tokens, i), last: modal }
}

/** "There was no way around it", "I saw no way out". */
function noWayOutAt(tokens: readonly Token[], i: number): TokenSpan | null {
  if (tokens[i]?.normal !== 'way' || tokens[i - 1]?.normal !== 'no') return null
  return escapeParticles.has(tokens[i + 1]?.normal ?? '') ? { first: i - 1, last: i + 1 } : null
}

/** "My hands were tied": the idiom for being made to act, whoever is said to have tied them. */
function tiedHandsAt(tokens: readonly Token[], i: number): TokenSpan | null {
  if (tokens[i]?.normal !== 'tied' || tokens[i - 2]?.root !== 'hand') return null
  return { first: i - 2, last: i }
}

/**
 * A claim that the writer was cornered, in wordings that `noChoiceAt` (which looks for "choice",
 * "option" or "other way") does not see. Like "I had no choice", it is an excuse on its own.
 */
export function constraintAt(tokens: readonly Token[], i: number): TokenSpan | null {
  return nothingElseAt(tokens, i) ?? noWayOutAt(tokens, i) ?? tiedHandsAt(tokens, i)
}
