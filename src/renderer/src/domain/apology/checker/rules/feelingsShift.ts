import type { Token } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { clauseStart } from '../clauses'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { conditionOpenerEnd } from './conditionOpeners'
import { isImpact, receptionEnd } from './receptionPredicates'

/**
 * Verbs after "you" that are about taking, seeing or feeling, not about the act. Lemmas, plus
 * the irregular forms compromise does not always reduce ("taken").
 */
const perceptionRoots = wordSet(`
  feel felt take took taken see saw seen think thought find found perceive interpret view
  stumble
`)
/** Perception that needs a word after it: "heard it from your cousin", not "I heard you". */
const perceptionWithParticle: ReadonlyMap<string, string> = new Map([['hear', 'from']])
/** Helpers between "you" and the perception: "you've been taking", "you had to find out". */
const helperWords = wordSet(`
  have has had been are were will would
`)
const helperPairs: readonly (readonly [string, string])[] = [
  ['had', 'to'],
  ['have', 'to'],
  ['ended', 'up'],
  ['end', 'up'],
]

/** Index of the first word after "you" at i that is not a helper ("you've been ___"). */
function afterHelpers(tokens: readonly Token[], i: number): number {
  let j = i + 1
  for (;;) {
    const here = tokens[j]?.normal ?? ''
    const pair = helperPairs.find(([a, b]) => a === here && tokens[j + 1]?.normal === b)
    if (pair) j += 2
    else if (helperWords.has(here) && !tokens[j + 1]?.tags.has('Adjective')) j++
    else return j
  }
}

/** "you heard it from your brother instead of from me" regrets the writer's silence: owned. */
function ownsTheSilence(tokens: readonly Token[], j: number): boolean {
  return tokens.some(
    (t, k) =>
      k > j &&
      (t.normal === 'instead' || t.normal === 'rather') &&
      tokens.slice(k + 1, k + 4).some((u) => u.normal === 'me'),
  )
}

function isPerception(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]
  if (!token || ownsTheSilence(tokens, j)) return false
  if (token.tags.has('Gerund') && sufferingGerunds.has(token.normal)) return true
  if (perceptionRoots.has(token.root) || perceptionRoots.has(token.normal)) return true
  const particle = perceptionWithParticle.get(token.root)
  return particle !== undefined && tokens.slice(j + 1, j + 5).some((t) => t.normal === particle)
}
/** "you were/are/got/have been …" needs a state after it to be a reaction. */
const linkingVerbs = wordSet(`
  are were got get became been is am
`)
/** States that describe the writer's act from outside; the passive rule deals with those. */
const notReactions = wordSet(`
  the a right not going told lied left kept ignored
`)

/** "you're hurting" is a reaction; "you were yelling" is something they did. */
const sufferingGerunds = wordSet(`
  hurting struggling suffering grieving reeling feeling crying
`)

/** "I made you feel …" owns the cause; "I know you feel …" acknowledges it; both are fine. */
const ownedOrAcknowledged = wordSet(`
  made make making let caused left know understand why how see
`)

/** Verbs whose object is "you" and whose subject is the news, the joke or "it". */
const reactionObjects = wordSet(`
  upset hurt offended bothered annoyed worried hit affected shook
`)
const complementisers = wordSet(`
  that if when whatever sorry apologise apologize regret
`)

/** Phrases about reception wherever they sit: "taken the wrong way", "it felt like". */
const receptionPhrases = [
  '(took|taken|take|read|heard|understood) (it|this|that)? (the wrong way|wrongly|personally|badly|out of context)',
  '(received|interpreted|perceived) #Adverb? (the wrong way|the way|that way|like that|badly|poorly|wrongly)',
  '(landed|lands|land|went down|go down|goes down) #Adverb? (badly|poorly|wrong|wrongly|hard|the wrong way)',
  '(hard|difficult|painful|tough|rough|upsetting|confusing|scary|lonely|frightening|awful|horrible|heavy) (for|on) you',
  '(came|come|comes) across',
  // Over-reading: "you read so much into it".
  '(read|reading|reads) (so|too|far)? (much|more) into',
  '(it|that|this) (felt|seemed|looked|sounded) like',
  '(it|that|this) #Copula? (has|have)? been? #Adverb? #Adjective for you',
  'what you (wanted|needed|hoped) to hear',
].map(pattern)

/** The words naming what caused the reaction: from the apology word or "that/if" up to i. */
function causeRegion(tokens: readonly Token[], i: number): readonly Token[] {
  for (let j = i - 1; j >= 0; j--) {
    if (complementisers.has(tokens[j]?.normal ?? '')) return tokens.slice(j + 1, i + 1)
  }
  return tokens.slice(clauseStart(tokens, i), i + 1)
}

function isReactionState(token: Token | undefined): boolean {
  if (!token || notReactions.has(token.normal)) return false
  if (token.tags.has('Adverb')) return true
  if (token.tags.has('Gerund')) return sufferingGerunds.has(token.normal)
  return token.tags.has('Adjective') || token.tags.has('Passive') || token.tags.has('PastTense')
}

/**
 * "the comment stung" regrets the sting, but "my lies stung you" names the writer as its cause,
 * and "sorry for the comments, if they stung" hangs the named act on a condition instead.
 */
function namesWriterAsCause(tokens: readonly Token[], i: number): boolean {
  const cause = causeRegion(tokens, i)
  const from = i + 1 - cause.length
  const conditioned =
    conditionOpenerEnd(tokens, from - 1) >= 0 || conditionOpenerEnd(tokens, from) >= 0
  return conditioned || cause.some((t) => t.normal === 'i' || t.normal === 'my')
}

/** Index of the last token of a reaction starting at i ("you feel", "you were upset"), or -1. */
function reactionAt(tokens: readonly Token[], i: number): number {
  const token = tokens[i]
  const next = tokens[i + 1]
  if (!token || !next) return -1
  if (token.normal === 'you') {
    if (ownedOrAcknowledged.has(tokens[i - 1]?.normal ?? '')) return -1
    const perception = afterHelpers(tokens, i)
    if (isPerception(tokens, perception)) return perception
    if (next.normal === 'got' && tokens[i + 2]?.normal === 'the') return i + 2
    let j = i + 1
    if (next.normal === 'have' || next.normal === 'had') j++
    if (!linkingVerbs.has(tokens[j]?.normal ?? '')) return -1
    return isReactionState(tokens[j + 1]) ? j + 1 : -1
  }
  if (token.normal === 'feelings' && tokens[i - 1]?.normal === 'your') return i + 1
  // "anything I did upset you", "my lies hurt you": the writer is named as the cause, and
  // "Apologies for the late nights, if they worried you" hangs the named act on a condition.
  if (namesWriterAsCause(tokens, i)) return -1
  if (reactionObjects.has(next.normal) && tokens[i + 2]?.normal === 'you') return i + 2
  return -1
}

/**
 * "It's a shame you took it that way", "what a pity you found out like this": regret of fate,
 * which aims at the partner's reaction just as "I'm sorry you…" does. Feelings-shift only, as
 * these are no apology words for the other rules.
 */
function regretOfFate(tokens: readonly Token[]): readonly number[] {
  return tokens.flatMap((t, i) =>
    (t.normal === 'shame' || t.normal === 'pity') && tokens[i - 1]?.normal === 'a' ? [i] : [],
  )
}

const suggestion = suggest(
  'Apologise for what you did rather than for how it landed:',
  fillInWordings['feelings-shift'],
)

/** "sorry you feel that way", "sorry you were offended", "sorry it came across as cold". */
export const feelingsShift: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const heads = [...apologyHeads(sentence), ...regretOfFate(tokens)].sort((a, b) => a - b)
  if (heads.length === 0) return []
  const findings: SentenceFinding[] = []
  const add = (first: number, last: number): void => {
    const headBefore = heads.filter((h) => h < first).pop()
    // "sorry I made this hard for you", "sorry my lying made it hard for you": owned.
    const ownerBetween =
      headBefore !== undefined &&
      tokens
        .slice(headBefore + 1, first)
        .some((t) => t.normal === 'i' || t.root === 'make' || t.root === 'cause')
    if (headBefore !== undefined && !ownerBetween) {
      findings.push({ category: 'feelings-shift', first: headBefore, last, suggestion })
      return
    }
    // "If you felt ignored, I'm sorry": the reaction comes first, in a condition.
    const ifOpened = tokens.some((_, k) => k < first && conditionOpenerEnd(tokens, k) >= 0)
    const headAfter = heads.find((h) => h > last)
    if (ifOpened && headAfter !== undefined)
      findings.push({ category: 'feelings-shift', first, last: headAfter, suggestion })
  }
  for (let i = 0; i < tokens.length; i++) {
    const end = reactionAt(tokens, i)
    if (end >= 0) add(i, end)
    const received = receptionEnd(tokens, i)
    if (received >= 0 && !(isImpact(tokens[i]) && namesWriterAsCause(tokens, i))) add(i, received)
  }
  for (const p of receptionPhrases) {
    for (const span of sentence.find(p)) add(span.first, span.last)
  }
  return findings
}
