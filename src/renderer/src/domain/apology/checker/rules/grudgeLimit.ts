import type { Token, TokenSpan } from '../analysedSentence'
import { firstPersonSubjects, isNegative, subjectBefore } from '../clauses'
import { wordSet } from '../wordSet'

/** The partner's hurt told as something they do to the writer: punishing, holding it over. */
const grudgeRoots = wordSet(`
  punish hold sulk shoulder treatment mention raise dwell
`)
/** The writer's own penance: "I won't keep grovelling", "I can't keep apologising". */
const penanceRoots = wordSet(`
  grovel apologise apologize beg
`)
/** What puts a limit on it: "enough", "forever", "any more", "isn't fair". */
const limitWords = wordSet(`
  enough forever anymore unfair
`)

function limitAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.normal ?? ''
  if (limitWords.has(word)) return true
  const next = tokens[k + 1]?.normal
  if (word === 'any' || word === 'no') return next === 'more' || next === 'longer'
  return word === 'fair' && isNegative(tokens[k - 1])
}

function grudgeAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (!token) return false
  if (penanceRoots.has(token.root) || penanceRoots.has(token.normal)) {
    // Only as something the writer refuses to go on doing: "not going to keep grovelling".
    const keep = tokens[k - 1]?.normal === 'keep' ? k - 1 : -1
    return keep > 0 && tokens.slice(0, keep).some((t) => isNegative(t))
  }
  // The tagger reads some gerunds as nouns ("No more mentioning her"), with no lemma.
  const stem = token.normal.replace(/ing$/, '')
  if (!grudgeRoots.has(token.root) && !grudgeRoots.has(stem)) return false
  // "I punished you for years" is the writer's own act; the grudge must be theirs.
  return !firstPersonSubjects.has(subjectBefore(tokens, k)?.normal ?? '')
}

/**
 * Closure pressed by a limit on the partner's hurt or on the writer's penance: "Enough with the
 * silent treatment", "Holding this over me isn't fair any more", "I'm not going to keep
 * grovelling forever". Both halves must be there: a limit on drinking, or a grudge with no limit
 * ("I know you're punishing yourself too"), is no demand.
 */
export function grudgeLimitAt(tokens: readonly Token[]): TokenSpan | null {
  const grudge = tokens.findIndex((_, k) => grudgeAt(tokens, k))
  if (grudge < 0) return null
  const limit = tokens.findIndex((_, k) => limitAt(tokens, k))
  if (limit < 0) return null
  return { first: Math.min(grudge, limit), last: Math.max(grudge, limit) }
}
