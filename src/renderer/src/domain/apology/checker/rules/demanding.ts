import type { Token, TokenSpan } from '../analysedSentence'
import { clauseStart, subjectBefore } from '../clauses'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { closureDemandAt } from './closureDemand'
import { grudgeLimitAt } from './grudgeLimit'
import { topicBanAt } from './topicBan'

const pressure = [
  'you owe me',
  'your turn to',
  '(stay|be) (angry|mad|upset|cross|cold) forever',
  'forgive me already',
  'when are you going to stop',
  // "How much longer are you going to hold this over me?": a timetable put as a question.
  'how much? (long|longer) (are|will) you (going to|gonna)? (be|stay|keep|hold|punish|hate|resent|remain|make)',
  'i (want|need) (this|it|things|us) (to be)? (settled|sorted|resolved|over|done|finished|behind)',
  // The matter ruled closed by the writer: "as far as I'm concerned the subject is closed".
  '(matter|subject|topic|issue|case|chapter) (#Copula|has)? been? #Adverb? (closed|settled|finished|over)',
  // Forgiveness set as the partner's minimum: "forgiving me is the least you could do".
  'the least (you|we) (could|can) do',
  // Exasperation at the partner's need: "what more do you want?"; "what more can I do" offers.
  '(what|how) (much|else)? more (do|does|can|could|would) you (want|need|expect)',
].map(pattern)

const timelines = [
  'by (now|tomorrow|tonight|#Date)',
  'by the (weekend|end)',
  'by next (week|month|year)',
  'by (christmas|easter|#Holiday|#WeekDay|#Month)',
  '(by|before) the (summer|spring|autumn|fall|winter|holidays|new year)',
  'it (#Copula|has) been #Value (days|weeks|months|years)',
].map(pattern)

const closureWords = wordSet(`
  normal over forgive forgiven move trust behind forget settled sorted resolved done
  finished past
`)

/** Feelings the partner is pressed to end: "you can't stay angry forever". */
const grudgeRoots = wordSet(`
  stay be hold keep punish hate resent remain
`)

/** "You can't hold this against me forever": a deadline on their feelings. */
function foreverAt(tokens: readonly Token[]): TokenSpan | null {
  const end = tokens.findIndex((t) => t.normal === 'forever')
  if (end < 0) return null
  for (let v = clauseStart(tokens, end); v < end; v++) {
    const verb = tokens[v]
    if (verb && grudgeRoots.has(verb.root) && subjectBefore(tokens, v)?.normal === 'you')
      return { first: v, last: end }
  }
  return null
}

const askDontRequire = suggest('Ask, and leave the timing to them:', fillInWordings.demanding)

/** Forgiveness or closure asked for as a duty, or on a timetable. */
export const demanding: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let v = 0; v < tokens.length; v++) {
    const span = closureDemandAt(tokens, v)
    if (span) findings.push({ category: 'demanding', ...span, suggestion: askDontRequire })
  }
  const forever = foreverAt(tokens)
  if (forever) findings.push({ category: 'demanding', ...forever, suggestion: askDontRequire })
  for (const p of pressure) {
    for (const span of sentence.find(p))
      findings.push({ category: 'demanding', ...span, suggestion: askDontRequire })
  }
  // "Stop bringing it up", "don't keep throwing it back at me"; not "I will stop drinking".
  const stop = tokens.findIndex(
    (t, i) =>
      t.normal === 'stop' ||
      t.normal === 'quit' ||
      (t.normal === 'keep' && tokens[i - 1]?.tags.has('Negative')),
  )
  const stopSubject = stop >= 0 ? subjectBefore(tokens, stop)?.normal : undefined
  // "whenever you want to stop talking about it" is their wish, not the writer's demand.
  const theirWish = ['want', 'like', 'need', 'ready'].includes(tokens[stop - 2]?.normal ?? '')
  const blaming = [
    'bringing',
    'mentioning',
    'talking',
    'going',
    'punishing',
    'throwing',
    'dragging',
    'raking',
  ]
  if (
    stop >= 0 &&
    !theirWish &&
    (stopSubject === undefined || stopSubject === 'you') &&
    blaming.includes(tokens[stop + 1]?.normal ?? '')
  ) {
    findings.push({
      category: 'demanding',
      first: stop,
      last: stop + 1,
      suggestion: askDontRequire,
    })
  }
  const limited = grudgeLimitAt(tokens)
  if (limited) findings.push({ category: 'demanding', ...limited, suggestion: askDontRequire })
  const ban = topicBanAt(tokens)
  if (ban) findings.push({ category: 'demanding', ...ban, suggestion: askDontRequire })
  if (tokens.some((t) => closureWords.has(t.normal))) {
    for (const p of timelines) {
      for (const span of sentence.find(p))
        findings.push({ category: 'demanding', ...span, suggestion: askDontRequire })
    }
  }
  return findings
}
