import type { Token, TokenSpan } from '../analysedSentence'
import { clauseEnd, clauseStart, isNegatedInClause, subjectBefore } from '../clauses'
import { wordSet } from '../wordSet'

/** Basic needs the writer went without: "I hadn't slept", "barely eating". */
const needs = wordSet(`
  sleep slept sleeping eat ate eaten eating rest resting cope coping function functioning
`)
const scarcely = wordSet(`
  barely hardly scarcely
`)
/** Hardships that only read as a reason after "was/been": "I was broke", "Dad was ill". */
const hardships = wordSet(`
  broke skint ill sick unwell poorly
`)
const linking = wordSet(`
  was were am is are been being
`)
const people = wordSet(`
  i me my myself
`)

/** "I hadn't slept", "I was barely coping": a need gone without, in the writer's own life. */
export function isDeprivation(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (!token || !(needs.has(token.normal) || needs.has(token.root))) return false
  const deprived = isNegatedInClause(tokens, i) || scarcely.has(tokens[i - 1]?.normal ?? '')
  if (!deprived) return false
  const subject = subjectBefore(tokens, i)?.normal
  return subject === undefined || people.has(subject) || subject === 'i'
}

/**
 * "I was broke", "the car had broken down": a hardship. Someone else's ("Mum was ill") is
 * already counted as a circumstance, so only the writer's own is counted here.
 */
export function isHardship(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (!token) return false
  if (hardships.has(token.normal) && linking.has(tokens[i - 1]?.normal ?? ''))
    return people.has(subjectBefore(tokens, i)?.normal ?? '')
  const breakdown = ['broke', 'broken'].includes(token.normal) && tokens[i + 1]?.normal === 'down'
  return breakdown && !people.has(subjectBefore(tokens, i)?.normal ?? 'i')
}

/** "Since I stopped drinking, I've been …": since as a time when the main clause is perfect. */
export function isTemporalSince(tokens: readonly Token[], i: number): boolean {
  return tokens.some(
    (t, k) =>
      k > i &&
      (t.normal === 'have' || t.normal === 'has') &&
      t.tags.has('Auxiliary') &&
      clauseStart(tokens, k) > i,
  )
}

/** "stopped drinking", "gave up drinking": recovery, not strain. */
export function isGivenUp(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before !== undefined && ['stop', 'quit'].includes(before.root)
}

/** "With the redundancy and the baby coming, I panicked": two circumstances put up front. */
export function frontedCircumstances(tokens: readonly Token[]): number {
  const opener = tokens[0]?.normal ?? ''
  if (opener !== 'with' && opener !== 'between') return 0
  // Up to the first comma: "and" inside the fronted phrase joins the circumstances.
  const end = tokens.findIndex((t) => t.pauseAfter)
  if (end < 0) return 0
  const fronted = tokens.slice(1, end + 1)
  if (fronted.some((t) => t.normal === 'you' || t.normal === 'your')) return 0
  return fronted.some((t) => t.normal === 'and') ? 2 : 0
}

const noChoiceNouns = wordSet(`
  choice choices option options alternative alternatives
`)
const universalPeople = wordSet(`
  anyone anybody everyone everybody
`)
const kindsOfPeople = wordSet(`
  parent person man woman husband wife partner people one mother father mum mom dad
`)
const statesNotActs = wordSet(`
  be been feel felt understand
`)
/**
 * "Anyone would have been suspicious" excuses the writer; "anyone would be furious" or "hurt by
 * what I did" sides with the partner. Only states like these make a state an excuse.
 */
const writerSideStates = wordSet(`
  suspicious tempted curious jealous worried anxious scared stressed tired desperate lonely
  paranoid confused
`)

/** "I didn't have any other option", "there was no alternative", "I couldn't see another way". */
export function noChoiceAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const token = tokens[i]
  if (!token) return null
  const before = tokens[i - 1]?.normal ?? ''
  const isChoice = noChoiceNouns.has(token.normal)
  const isOtherWay = token.normal === 'way' && (before === 'other' || before === 'another')
  if (!isChoice && !isOtherWay) return null
  // "no other way to say this" is about words, not a choice.
  if (isOtherWay && tokens[i + 1]?.normal === 'to') return null
  const from = clauseStart(tokens, i)
  const clause = tokens.slice(from, i)
  if (clause.some((t) => t.normal === 'you' || t.normal === 'your')) return null
  const denied = clause.slice(-3).some((t) => t.normal === 'no') || isNegatedInClause(tokens, i)
  return denied ? { first: from, last: i } : null
}

/** "Anybody would have reacted the same way", "any parent would have done what I did". */
export function universalExcuseAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const token = tokens[i]
  if (!token) return null
  let modal = -1
  if (universalPeople.has(token.normal)) modal = i + 1
  else if (['any', 'most'].includes(token.normal) && kindsOfPeople.has(tokens[i + 1]?.root ?? ''))
    modal = i + 2
  if (modal < 0 || tokens[modal]?.normal !== 'would') return null
  let verb = tokens[modal + 1]?.normal === 'have' ? modal + 2 : modal + 1
  if (statesNotActs.has(tokens[verb]?.normal ?? '')) {
    let state = verb + 1
    while (tokens[state]?.tags.has('Adverb')) state++
    if (!writerSideStates.has(tokens[state]?.normal ?? '')) return null
    verb = state
  }
  const clause = tokens.slice(i, clauseEnd(tokens, i) + 1)
  if (clause.some((t) => t.normal === 'you' || t.normal === 'your')) return null
  return { first: i, last: verb }
}
