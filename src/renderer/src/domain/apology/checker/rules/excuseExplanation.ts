import type { AnalysedSentence, Token, TokenSpan } from '../analysedSentence'
import { clauseEnd, clauseStart, isNegative, subjectBefore } from '../clauses'
import { fillInWordings } from '../fillInWordings'
import { suggest } from '../rewriteSuggestion'
import { wordSet } from '../wordSet'
import { constraintAt } from './constraintCues'
import {
  frontedCircumstances,
  isDeprivation,
  isGivenUp,
  isHardship,
  isTemporalSince,
  noChoiceAt,
  universalExcuseAt,
} from './excuseCues'

/** How much a sentence explains, and whether it owns anything; judged with its neighbours. */
export interface ExcuseProfile {
  readonly reasons: number
  readonly ownership: boolean
  /** "I had no choice", "anyone would have done the same": an excuse on its own (char offsets). */
  readonly strongCue: { readonly start: number; readonly end: number } | null
}

const strain = wordSet(`
  stressed exhausted tired overwhelmed drunk busy worried distracted anxious lonely
  hungover stuck pressure stress panicking panicked desperate struggling frazzled burnt burned
  afraid knackered shattered slammed swamped drained wrecked frantic
  scared angry mind plate sleep grieving starving hungry worn drinking
`)
const reasonWords = new Set(['because', 'given', 'reason', 'due'])
const circumstanceVerbs = new Set(['was', 'were', 'had', 'kept', 'felt', 'has', 'have'])
const hardTimes = wordSet(`
  hard tough difficult rough stressful crazy busy long terrible awful horrible bad
`)
const spansOfTime = new Set(['week', 'day', 'month', 'year', 'time', 'night'])
const notCircumstances = wordSet(`
  i you we he she they me that this what
`)

/** Phrases that add a reason each: "with everything going on", "I wasn't myself". */
const reasonPhrases = [
  'going on',
  'what with',
  'with everything',
  'not myself',
  'playing up',
  'on top of',
  'not thinking',
  // Idioms of overload: each says the writer was past coping, without naming a cause.
  'running on empty',
  'running on fumes',
  'end of my tether',
  'breaking point',
  'on my back',
  'piled up',
]

const strongCues = [
  'what would you have done',
  'nothing else i could do',
  'you have to remember',
  'you must understand',
  'you need to understand',
  'in my place',
  'no choice',
  'not have a choice',
  'what else was i supposed to do',
  'what was i supposed to do',
  'what choice did i have',
  'anyone in my position',
  'anyone in my shoes',
  'you have to understand',
  'put yourself in',
  'in my shoes',
  'not surprising',
]

const ownershipCues = [
  'no excuse',
  'not an excuse',
  'not excuse',
  'my fault',
  'my choice',
  'my decision',
  'my responsibility',
  'i chose',
  'i was wrong',
  'wrong of me',
  'on me',
  'i take responsibility',
  'i take full responsibility',
  'i own',
  'i am responsible',
  'i should have',
  'i should not have',
  'i decided',
]

function spoken(tokens: readonly Token[]): string {
  return ` ${tokens.map((t) => t.normal).join(' ')} `
}

function phraseSpan(tokens: readonly Token[], phrase: string): TokenSpan | null {
  const words = phrase.split(' ')
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k]?.normal === w))
      return { first: i, last: i + words.length - 1 }
  }
  return null
}

function isCausalSince(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next || ['then', 'that', 'last', 'the', 'this'].includes(next.normal)) return false
  return next.tags.has('Pronoun') || next.tags.has('Possessive')
}

/** Strain belongs to the writer when the nearest person before it is "I", "me" or "my". */
function isWritersStrain(tokens: readonly Token[], i: number): boolean {
  if (mentionsPartner(tokens, i)) return false
  for (let j = i - 1; j >= 0; j--) {
    const word = tokens[j]?.normal ?? ''
    if (['i', 'me', 'my', 'myself'].includes(word)) return true
    if (['you', 'he', 'she', 'they', 'your'].includes(word)) return false
  }
  return false
}

/** "how lonely those months were for you" is empathy, not an excuse. */
function mentionsPartner(tokens: readonly Token[], i: number): boolean {
  const from = clauseStart(tokens, i)
  return tokens
    .slice(from, clauseEnd(tokens, i) + 1)
    .some((t) => t.normal === 'you' || t.normal === 'your')
}

function isCircumstance(tokens: readonly Token[], i: number): boolean {
  if (mentionsPartner(tokens, i)) return false
  const verb = tokens[i]
  if (!verb || !circumstanceVerbs.has(verb.normal) || isNegative(tokens[i + 1])) return false
  // "Work has been brutal" is a circumstance; "my sister has two kids" is not.
  if ((verb.normal === 'has' || verb.normal === 'have') && tokens[i + 1]?.normal !== 'been')
    return false
  // One per clause, and not a passive ("the truth was kept from you"): that hides a doer instead.
  const after = tokens[i + 1]?.normal === 'been' ? tokens[i + 2] : tokens[i + 1]
  const passive =
    after !== undefined && (after.tags.has('PastTense') || after.tags.has('Participle'))
  if (tokens[i - 1]?.tags.has('Verb') || passive) return false
  const subject = subjectBefore(tokens, i)
  if (!subject || notCircumstances.has(subject.normal)) return false
  if (subject.normal !== 'it') return subject.tags.has('Noun') && !subject.tags.has('Pronoun')
  const clause = tokens.slice(i, clauseEnd(tokens, i) + 1).map((t) => t.normal)
  return clause.some((w) => hardTimes.has(w)) && clause.some((w) => spansOfTime.has(w))
}

/** "a terrible day", "a long week", whoever had it. */
function isHardTime(tokens: readonly Token[], i: number): boolean {
  return (
    hardTimes.has(tokens[i]?.normal ?? '') &&
    spansOfTime.has(tokens[i + 1]?.normal ?? '') &&
    tokens[i - 1]?.normal !== 'it'
  )
}

export function excuseProfile(sentence: AnalysedSentence): ExcuseProfile {
  const { tokens } = sentence
  let reasons = 0
  for (const [i, token] of tokens.entries()) {
    // "not because I got caught" gives no reason; it sets one aside.
    if (reasonWords.has(token.normal)) reasons += isNegative(tokens[i - 1]) ? 0 : 1
    else if (token.normal === 'since' && isCausalSince(tokens, i) && !isTemporalSince(tokens, i))
      reasons++
    else if (strain.has(token.normal) && isWritersStrain(tokens, i) && !isGivenUp(tokens, i))
      reasons++
    else if (isDeprivation(tokens, i) || isHardship(tokens, i)) reasons++
    else if (isCircumstance(tokens, i) && clauseStart(tokens, i) <= i) reasons++
    else if (isHardTime(tokens, i)) reasons++
  }
  const text = spoken(tokens)
  reasons += reasonPhrases.filter((phrase) => text.includes(` ${phrase} `)).length
  reasons += frontedCircumstances(tokens)
  // "I still should have told you" owns as much as "I should have told you".
  const plain = spoken(tokens.filter((t) => !t.tags.has('Adverb')))
  const ownership = ownershipCues.some(
    (cue) => text.includes(` ${cue} `) || plain.includes(` ${cue} `),
  )
  for (let i = 0; i < tokens.length; i++) {
    const span = noChoiceAt(tokens, i) ?? universalExcuseAt(tokens, i) ?? constraintAt(tokens, i)
    const first = span && tokens[span.first]
    const last = span && tokens[span.last]
    if (first && last)
      return { reasons, ownership, strongCue: { start: first.start, end: last.end } }
  }
  for (const cue of strongCues) {
    const span = text.includes(` ${cue} `) ? phraseSpan(tokens, cue) : null
    const first = span && tokens[span.first]
    const last = span && tokens[span.last]
    if (first && last)
      return { reasons, ownership, strongCue: { start: first.start, end: last.end } }
  }
  return { reasons, ownership, strongCue: null }
}

export const excuseSuggestion = suggest(
  'Keep one honest reason, then own it:',
  fillInWordings['excuse-explanation'],
)
