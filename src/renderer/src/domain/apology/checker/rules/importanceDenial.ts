import type { Token, TokenSpan } from '../analysedSentence'
import { clauseStart, isNegatedInClause, subjectBefore } from '../clauses'
import { wordSet } from '../wordSet'

/** What the act is called when its importance is denied: "it", "that", "this". */
const actPointers = wordSet(`
  it that this
`)
/** "It doesn't matter why", "what matters is you": a topic, not the act, follows. */
const topicWords = wordSet(`
  why what how who when where whether if
`)

/**
 * "I didn't think it mattered", "it doesn't matter that much": the act's importance denied. A
 * pointer must be the subject, so "nothing else matters" or "you matter" are left alone.
 */
export function importanceDenialAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const verb = tokens[i]
  if (!verb || verb.root !== 'matter' || !verb.tags.has('Verb')) return null
  if (!actPointers.has(subjectBefore(tokens, i)?.normal ?? '')) return null
  if (topicWords.has(tokens[i + 1]?.normal ?? '') || !isNegatedInClause(tokens, i)) return null
  return { first: clauseStart(tokens, i), last: i }
}
