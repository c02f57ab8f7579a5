import type { Token } from '../analysedSentence'
import { isNegatedInClause, isNegative, subjectBefore } from '../clauses'
import { contrastAt } from '../contrastMarkers'
import { pattern } from '../nlpEngine'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { ownYourPart } from './blameShift'

/** Character judgements of the partner: "you can be so cold", "you were being impossible". */
const partnerTraits = wordSet(`
  difficult impossible cold distant controlling jealous paranoid unreasonable demanding
  critical moody needy clingy secretive suspicious hysterical dramatic selfish intense
  defensive stubborn harsh mean aggressive hostile volatile touchy oversensitive overbearing
  irrational nagging judgemental judgmental condescending patronising patronizing possessive
  obsessive unfair hypocritical impatient cruel lazy unavailable
`)
/** Words that can sit between "you" and the trait. */
const traitBridge = wordSet(`
  are were is am be being been can could will would always so such very really just
  honestly sometimes often quite pretty too
`)
/** "I called you paranoid", "I told you that you were jealous": the writer owning a jibe. */
const writerSpeech = wordSet(`
  said told called accused implied suggested assumed thought
`)
/** "…and I understand why", "…because I lied": the trait is owned as a reaction to the writer. */
const ownedReaction = wordSet(`
  understand get deserved deserve caused see know
`)
/** After "but you …": words that turn the clause into the partner's failing. */
const partnerFailing = wordSet(`
  never always constantly kept keep did
`)
const hardships = wordSet(`
  hard difficult impossible tough
`)

const sharedPatterns = [
  '#Negative (all|entirely|only|solely|completely|totally|wholly|just) (on me|my fault|mine|down to me)',
  'you (had|have|has|played|play) (a|some) (hand|part|role|share) in',
  '(you|your #Noun) (did|does) #Negative help',
  '^(like|as if) you (have|had)? never',
  'you #Copula (no|hardly|not) (any|much)? (better|different)',
  // Denied innocence of anyone but the writer ("I'm no saint" is the writer's own admission).
  '(you|he|she|they) #Copula (not|no|hardly|never) #Adverb? (a|an)? (innocent|blameless|angel|saint|perfect)',
  // Someone else's part as a help withheld: "your mum winding me up didn't help".
  '^(you|your|his|her|their) .{0,5} (did|does) #Negative #Adverb? help',
  'it (did|does) #Negative #Adverb? help that (you|your|he|she|they)',
  // A share of the blame placed: "half of this is on you", "some of it is down to him".
  '(half|some|part|most|much|plenty) of (this|it|that|the blame) #Copula (on|down to) (you|him|her|them)',
  // Comparison that excuses by the partner's record: "you've done worse".
  '(you|he|she|they) (have|has|had)? (done|did|said) (much|far|way)? (worse|the same)',
  // The writer's behaviour set off by the partner: "you know how I get when you ignore me".
  'how i (get|am|become|react) when (you|your)',
].map(pattern)

function traitAt(tokens: readonly Token[], you: number): number {
  let j = you + 1
  while (traitBridge.has(tokens[j]?.normal ?? '')) j++
  if (j === you + 1 || !partnerTraits.has(tokens[j]?.normal ?? '')) return -1
  if (isNegatedInClause(tokens, j)) return -1
  const before = tokens.slice(0, you)
  if (before.some((t, k) => writerSpeech.has(t.normal) && before[k - 1]?.normal === 'i')) return -1
  // "I understand why you were so cold": the writer owning the partner's reaction.
  if (before.some((t, k) => t.normal === 'i' && ownedReaction.has(before[k + 1]?.normal ?? '')))
    return -1
  const after = tokens.slice(j + 1)
  const owned =
    after.some((t, k) => t.normal === 'i' && ownedReaction.has(after[k + 1]?.normal ?? '')) ||
    after.some((t, k) => t.normal === 'because' && after[k + 1]?.normal === 'i')
  return owned ? -1 : j
}

/** "…but you never reminded me", "Then again, you did push me." */
function failingAfterContrast(tokens: readonly Token[], you: number): number {
  const marker = tokens.findLastIndex((t, k) => k < you && contrastAt(tokens, k) !== null)
  if (marker < 0 || you - marker > 3) return -1
  const next = tokens[you + 1]
  if (!next) return -1
  if (partnerFailing.has(next.normal)) return you + 1
  const helper = ['would', 'could', 'were', 'was'].includes(next.normal)
  return helper && isNegative(tokens[you + 2]) ? you + 2 : -1
}

/** "You make it so hard to be honest", "your moods made everything impossible". */
function makesItHard(tokens: readonly Token[], verb: number): number {
  if (tokens[verb]?.root !== 'make') return -1
  const subject = subjectBefore(tokens, verb)
  const partners = subject?.normal === 'you' || tokens[verb - 2]?.normal === 'your'
  if (!partners || isNegatedInClause(tokens, verb)) return -1
  if (!['it', 'things', 'this', 'everything'].includes(tokens[verb + 1]?.normal ?? '')) return -1
  let j = verb + 2
  while (tokens[j]?.tags.has('Adverb')) j++
  return hardships.has(tokens[j]?.normal ?? '') ? j : -1
}

/** The partner's character, failings or share of the blame, set beside the writer's act. */
export const partnerBlame: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  const add = (first: number, last: number): void => {
    findings.push({ category: 'blame-shift', first, last, suggestion: ownYourPart })
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.normal === 'you') {
      const trait = traitAt(tokens, i)
      if (trait >= 0) add(i, trait)
      const failing = failingAfterContrast(tokens, i)
      if (failing >= 0) add(i, failing)
    }
    const hard = makesItHard(tokens, i)
    if (hard >= 0) add(i, hard)
  }
  for (const p of sharedPatterns) {
    for (const span of sentence.find(p)) add(span.first, span.last)
  }
  return findings
}
