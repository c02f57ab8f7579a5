import type { Token } from '../analysedSentence'
import { wordSet } from '../wordSet'

/**
 * Verbs of impression ("it came off as cold", "it read as unkind", "it looked like pity"): the
 * predicate is how the act was received, so an apology aimed at it regrets the reception. Each
 * needs the word after it that makes it an impression ("read as", not "read your diary").
 */
type ImpressionNeeds = ReadonlySet<string> | 'adjective'
const impressionRoots: ReadonlyMap<string, ImpressionNeeds> = new Map<string, ImpressionNeeds>([
  ['come', new Set(['off', 'across'])],
  ['read', new Set(['as'])],
  ['strike', new Set(['you'])],
  ['feel', new Set(['like', 'as'])],
  ['look', 'adjective'],
  ['sound', 'adjective'],
  ['seem', 'adjective'],
  ['appear', 'adjective'],
])
/** "landed badly", "didn't land well", "went down badly": reception on its own. */
const landingRoots = wordSet(`
  land
`)
/** Verbs whose object is the partner's composure: "it stung", "it shook your confidence". */
const impactRoots = wordSet(`
  sting stung rattle shake shook shaken unsettle spook throw threw thrown floor
`)
/** "it's been playing on your mind", "it weighs on you". */
const preyingRoots = wordSet(`
  play prey weigh
`)
/** Reactions a thing is said to be for the partner: "such a shock for you". */
const ofForPartner = new Set(['for', 'on'])
const copulas = wordSet(`
  is was were are been be
`)

function isPartner(token: Token | undefined): boolean {
  return token?.normal === 'you' || token?.normal === 'your'
}

function impressionEnd(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]
  if (!verb?.tags.has('Verb')) return -1
  const needs = impressionRoots.get(verb.root) ?? impressionRoots.get(verb.normal)
  const next = tokens[i + 1]
  if (!needs || !next) return -1
  if (needs === 'adjective') {
    if (next.normal === 'like' || next.normal === 'as') return i + 1
    // "looked so dodgy": an adverb may sit between the verb and the impression.
    const word = next.tags.has('Adverb') ? tokens[i + 2] : next
    return word?.tags.has('Adjective') ? i + 1 : -1
  }
  return needs.has(next.normal) ? i + 1 : -1
}

/** "the comment stung", "it has left you so rattled", "you've been left feeling insecure". */
function impactEnd(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]
  if (!verb?.tags.has('Verb')) return -1
  if (landingRoots.has(verb.root)) return i
  if (impactRoots.has(verb.root) || impactRoots.has(verb.normal)) {
    // "I shook the rug out" names no one; the partner, or nothing, must follow.
    const next = tokens[i + 1]
    return next === undefined || isPartner(next) || !next.tags.has('Noun') ? i : -1
  }
  if (preyingRoots.has(verb.root) && tokens[i + 1]?.normal === 'on' && isPartner(tokens[i + 2]))
    return i + 2
  if (verb.normal === 'left') {
    const object = tokens[i + 1]
    const passive = tokens[i - 1]?.normal === 'been'
    const state = passive ? tokens[i + 1] : tokens[i + 2]
    const leftInState =
      state !== undefined &&
      (state.normal === 'feeling' || state.tags.has('Adjective') || state.tags.has('Adverb'))
    if (leftInState && (passive || isPartner(object))) return passive ? i + 1 : i + 2
  }
  return -1
}

/** "finding out was such a shock for you", "it has been a lot for you". */
function burdenEnd(tokens: readonly Token[], i: number): number {
  if (!copulas.has(tokens[i]?.normal ?? '')) return -1
  for (let j = i + 1; j <= i + 4; j++) {
    const token = tokens[j]
    if (!token) return -1
    if (ofForPartner.has(token.normal)) {
      const named = tokens.slice(i + 1, j).some((t) => t.tags.has('Noun'))
      return named && tokens[j + 1]?.normal === 'you' ? j + 1 : -1
    }
    if (token.tags.has('Verb') || token.tags.has('Pronoun')) return -1
  }
  return -1
}

/**
 * Index of the last word of a predicate about how something was received or what it did to the
 * partner's composure, starting at i; -1 when there is none. Whether an apology aims at it is for
 * the feelings-shift rule to judge.
 */
export function receptionEnd(tokens: readonly Token[], i: number): number {
  const impression = impressionEnd(tokens, i)
  if (impression >= 0) return impression
  const impact = impactEnd(tokens, i)
  return impact >= 0 ? impact : burdenEnd(tokens, i)
}

/**
 * Predicates of effect ("stung", "a problem for you") rather than impression: the writer owns
 * these when "I" or "my" names the cause ("my drinking has been a problem for you").
 */
export function isImpact(token: Token | undefined): boolean {
  if (token === undefined) return false
  return impactRoots.has(token.root) || impactRoots.has(token.normal) || copulas.has(token.normal)
}
