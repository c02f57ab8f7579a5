import type { Token } from '../analysedSentence'
import {
  clauseEnd,
  clauseStart,
  firstPersonSubjects,
  isNegatedInClause,
  subjectBefore,
} from '../clauses'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'

const causatives = wordSet(`
  made make makes forced pushed pushing drove drive provoked talked got wore wear wearing
  wound winding goaded baited egged
`)
/** "Nobody made me", "I made myself": the writer keeps the blame. */
const blamelessCauses = new Set(['i', 'nobody', 'nothing', 'one', 'myself'])
/** "It made me realise …" is insight, not blame. */
const insightVerbs = wordSet(`
  realise realize see understand think notice learn a an the my your
`)

const sharedBlame = [
  'your fault',
  'we #Copula? (both|equally|all)? (responsible|to blame|at fault)',
  'takes two',
  'both sides',
  'both to blame',
  'neither of us #Copula? (blameless|innocent|perfect|without)',
  'you #Copula? #Negative (innocent|blameless|perfect|a saint)',
  '#Negative the only one',
  'your (part|share|role) in',
  'accept your (part|share|role)',
  'you did (it|that|the same)',
  'what did you expect',
  'you (kept|keep|were always|always|constantly|never stopped) (nagging|pushing|criticising|criticizing|pressuring|accusing|provoking|picking|complaining|checking|needling)',
  '(put|planted|got|filled) (the|that|this|those|these)? (idea|ideas|thought|thoughts)? (in|into) my head',
  'you #Copula? #Negative? exactly',
  'you #Auxiliary? (would|#Adverb)? have? (overreacted|overreact|overreacting)',
].map(pattern)

const clearing = new Set(['none', 'not', 'never', 'nothing', 'no'])

const bothDid = pattern('we both (made|did|messed|screwed|hurt|failed|let|played|contributed|lost)')
const bothSaidThings = pattern('we both said (things|hurtful|awful|cruel|stuff|horrible)')
const bothFellShort = pattern('we #Copula? both #Auxiliary? #Negative')
const startedIt = pattern('(#Pronoun|#Noun) started (it|this|that|all|the)')
const tuQuoque = pattern('you #Copula? #Adverb? #Gerund (too|either)')

/** "would make anyone secretive": the cause said to work on anybody, the writer included. */
const anybody = wordSet(`
  me anyone anybody everyone everybody
`)
/** What "turned me into" makes of the writer when it shifts blame: "a liar", "someone I'm not". */
const spoiledSelves = wordSet(`
  liar cheat monster wreck mess stranger bully drunk coward nightmare not
`)

/** "the stress turned me into a liar"; "therapy turned me into someone who listens" is praise. */
function turnedInto(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.root !== 'turn' || tokens[i + 1]?.normal !== 'me') return false
  if (tokens[i + 2]?.normal !== 'into') return false
  return tokens.slice(i + 3, clauseEnd(tokens, i + 3) + 1).some((t) => spoiledSelves.has(t.normal))
}

/** "you made me", "the drink made me say …", "you pushed me away". */
function causativeAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]
  const isCause = turnedInto(tokens, i) || causatives.has(verb?.normal ?? '')
  if (!verb || !isCause || !anybody.has(tokens[i + 1]?.normal ?? '')) return false
  const cause = subjectBefore(tokens, i)
  // "would make anyone secretive", "turned me into a liar" blame something even when the tagger
  // finds no subject ("Work" read as a verb); other causatives need a named cause.
  const blameInObject = tokens[i + 1]?.normal !== 'me' || turnedInto(tokens, i)
  if (!cause && !blameInObject) return false
  if (cause && blamelessCauses.has(cause.normal)) return false
  // "Nothing you did made me do this" clears the other person.
  const clause = tokens.slice(clauseStart(tokens, i), i)
  if (
    clause.some(
      (t, k) =>
        t.normal === 'nobody' ||
        t.normal === 'nothing' ||
        (t.normal === 'one' && clause[k - 1]?.normal === 'no'),
    )
  )
    return false
  if (isNegatedInClause(tokens, i)) return false
  const next = tokens[i + 2]
  return next === undefined || !insightVerbs.has(next.normal)
}

/** "if you had …", "if you would have …"; not the polite "if you would like" or "you'd rather". */
function isCounterfactual(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]?.normal
  const next = tokens[i + 1]?.normal ?? ''
  if (verb === 'had') return next !== 'rather' && next !== 'better'
  return verb === 'would' && next === 'have'
}

export const ownYourPart = suggest('Speak only to your own part:', fillInWordings['blame-shift'])

/** Moves the cause, or a share of the blame, onto the partner or anything else. */
export const blameShift: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.normal
    if (causativeAt(tokens, i)) {
      findings.push({
        category: 'blame-shift',
        first: Math.max(0, i - 1),
        last: i + 1,
        suggestion: ownYourPart,
      })
    } else if (
      word === 'if' &&
      tokens[i + 1]?.normal === 'you' &&
      isCounterfactual(tokens, i + 2)
    ) {
      findings.push({
        category: 'blame-shift',
        first: i,
        last: clauseEnd(tokens, i + 2),
        suggestion: ownYourPart,
      })
    } else if (word === 'because' && ['you', 'your'].includes(tokens[i + 1]?.normal ?? '')) {
      const actBefore = tokens.slice(0, i).some((t) => t.normal === 'i')
      if (actBefore)
        findings.push({ category: 'blame-shift', first: i, last: i + 1, suggestion: ownYourPart })
    }
  }
  for (const p of sharedBlame) {
    for (const span of sentence.find(p)) {
      // "none of this was your fault" clears the partner instead of blaming them.
      if (tokens.slice(0, span.first).some((t) => clearing.has(t.normal))) continue
      findings.push({ category: 'blame-shift', ...span, suggestion: ownYourPart })
    }
  }
  for (const span of [...sentence.find(bothDid), ...sentence.find(bothSaidThings)]) {
    // "the agreement we both made" describes an agreement, not a share of the blame.
    if (tokens[span.first - 1]?.tags.has('Noun')) continue
    findings.push({ category: 'blame-shift', ...span, suggestion: ownYourPart })
  }
  // "We both haven't been at our best": sharing out a shortcoming.
  for (const span of sentence.find(bothFellShort)) {
    if (tokens[span.first - 1]?.tags.has('Noun')) continue
    findings.push({ category: 'blame-shift', ...span, suggestion: ownYourPart })
  }
  for (const span of sentence.find(startedIt)) {
    if (firstPersonSubjects.has(tokens[span.first]?.normal ?? '')) continue
    findings.push({ category: 'blame-shift', ...span, suggestion: ownYourPart })
  }
  for (const span of sentence.find(tuQuoque)) {
    findings.push({ category: 'blame-shift', ...span, suggestion: ownYourPart })
  }
  return findings
}
