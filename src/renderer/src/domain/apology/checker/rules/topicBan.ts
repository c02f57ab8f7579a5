import type { Token, TokenSpan } from '../analysedSentence'
import { clauseEnd, isNegative } from '../clauses'
import { wordSet } from '../wordSet'

/** Verbs for bringing the hurt back up: "bring up", "rake up", "throw back", "mention". */
const raisingRoots = wordSet(`
  bring drag rake dredge throw mention raise
`)
/** What makes the verb about raising it again: a particle ("up", "back") or "again". */
const againMarkers = wordSet(`
  up back again anymore
`)
/** 3: "don't bring the money up" puts two words between the verb and its particle. */
const particleReach = 3

/**
 * "Don't bring up the money again", "never mention it again": an order, opening the sentence,
 * that the partner stop raising the hurt. "Don't mention it to Mum" is not about raising it.
 */
export function topicBanAt(tokens: readonly Token[]): TokenSpan | null {
  const opener = tokens[0]?.normal
  const verbAt = opener === 'do' && isNegative(tokens[1]) ? 2 : opener === 'never' ? 1 : -1
  const verb = tokens[verbAt]
  if (!verb || !raisingRoots.has(verb.root)) return null
  const reach = clauseEnd(tokens, verbAt)
  const marker = tokens.findIndex(
    (t, k) =>
      k > verbAt &&
      k <= reach &&
      againMarkers.has(t.normal) &&
      (t.normal === 'again' || t.normal === 'anymore' || k - verbAt <= particleReach),
  )
  return marker < 0 ? null : { first: 0, last: verbAt }
}
