import type { Token, TokenSpan } from '../analysedSentence'
import { isNegatedInClause, isNegative } from '../clauses'
import { wordSet } from '../wordSet'

const intentWords = wordSet(`
  mean meant intend intended intentional intention deliberate purpose
`)

/** What "I wasn't trying to ___" can be about when it puts intent before impact. */
const harmRoots = wordSet(`
  hurt upset harm deceive embarrass humiliate scare frighten offend mislead trick wound
  cause make lie hide betray disrespect
`)

/** "trying to", "set out to", "going out of my way to": aims that a denial can shrink. */
function aimEnd(tokens: readonly Token[], i: number): number {
  const word = tokens[i]
  if (!word) return -1
  if (['try', 'trying', 'tried'].includes(word.normal)) return i
  if (word.root === 'set' && tokens[i + 1]?.normal === 'out') return i + 1
  return -1
}

/**
 * "I didn't mean it", "it wasn't on purpose", "I never set out to hurt anyone", "it was an
 * accident": intent put before what happened. The span to highlight, or null.
 */
export function intentSpan(tokens: readonly Token[], i: number): TokenSpan | null {
  const token = tokens[i]
  if (!token) return null
  if (intentWords.has(token.normal) && (isNegative(tokens[i - 1]) || isNegative(tokens[i - 2]))) {
    const from = isNegative(tokens[i - 1]) ? i - 1 : i - 2
    return { first: Math.max(0, from - 1), last: Math.min(tokens.length - 1, i + 1) }
  }
  const aim = aimEnd(tokens, i)
  if (aim >= 0 && tokens[aim + 1]?.normal === 'to' && isNegatedInClause(tokens, i)) {
    const harm = tokens[aim + 2]
    if (harm && (harmRoots.has(harm.root) || harmRoots.has(harm.normal)))
      return { first: i, last: aim + 2 }
  }
  // "It was an accident", "by accident", "accidentally"; not "since the accident".
  if (token.normal === 'accidentally' || token.normal === 'unintentional')
    return { first: i, last: i }
  if (token.normal === 'accident') {
    const before = tokens.slice(Math.max(0, i - 4), i)
    const framed =
      tokens[i - 1]?.normal === 'by' || before.some((t) => t.tags.has('Copula') && !isNegative(t))
    if (framed) return { first: Math.max(0, i - 2), last: i }
  }
  return null
}
