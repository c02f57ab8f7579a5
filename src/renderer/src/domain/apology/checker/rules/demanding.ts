import type { Token } from '../analysedSentence'
import { isNegatedInClause, subjectBefore } from '../clauses'
import { pattern } from '../nlpEngine'
import { quote } from '../rewriting'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'

const closure = '(forgive|get|move|let|drop|stop|forget|be|trust|accept|put|draw)'
/** What a closure verb must be followed by, so "get help" or "be honest" do not count. */
const closureCompletions: Readonly<Record<string, readonly string[] | null>> = {
  forgive: null,
  forget: null,
  trust: null,
  drop: null,
  stop: null,
  get: ['over', 'past'],
  move: ['on', 'past'],
  let: ['it', 'this', 'that', 'go'],
  be: ['over', 'done', 'fine', 'okay', 'ok', 'back', 'past', 'normal'],
  accept: ['my'],
  put: ['this', 'it', 'that'],
  draw: ['a'],
}

const obligations = [
  `you #Adverb? (need|have|ought|got|better) to? ${closure}`,
  `you #Adverb? (must|should) ${closure}`,
  `you #Adverb? have? got to ${closure}`,
  `time (for you)? to ${closure}`,
  `i (need|want|expect|would like) you to ${closure}`,
  `(can we|let us|we need to|we should|we have to|we must|we got to) ${closure}`,
].map(pattern)

const pressure = [
  'you owe me',
  'your turn to',
  '(stay|be) (angry|mad|upset|cross|cold) forever',
  'forgive me already',
  'when are you going to stop',
  'how long (are|will) you (going to|gonna)? (be|stay|keep)',
  'i (want|need) (this|it|things|us) (to be)? (settled|sorted|resolved|over|done|finished|behind)',
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

function closureHolds(tokens: readonly Token[], verbIndex: number): boolean {
  const verb = tokens[verbIndex]
  if (!verb) return false
  const completions = closureCompletions[verb.normal]
  if (completions === undefined) return false
  if (completions === null) return true
  return completions.includes(tokens[verbIndex + 1]?.normal ?? '')
}

const askDontRequire = `Ask, and leave the timing to them: ${quote(
  "Whenever you're ready, and only if you want to, would you consider ___?",
)}`

/** Forgiveness or closure asked for as a duty, or on a timetable. */
export const demanding: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (const p of obligations) {
    for (const span of sentence.find(p)) {
      if (isNegatedInClause(tokens, span.last) || !closureHolds(tokens, span.last)) continue
      findings.push({ category: 'demanding', ...span, suggestion: askDontRequire })
    }
  }
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
  if (tokens.some((t) => closureWords.has(t.normal))) {
    for (const p of timelines) {
      for (const span of sentence.find(p))
        findings.push({ category: 'demanding', ...span, suggestion: askDontRequire })
    }
  }
  return findings
}
