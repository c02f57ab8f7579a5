import type { Token } from '../analysedSentence'
import { clauseStart, firstPersonSubjects, isNegative, subjectBefore } from '../clauses'
import { pattern } from '../nlpEngine'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { activeRewrite, complementisers, nameYourself } from './passiveRewrite'

const beOrGet = wordSet(`
  am is are was were be been being get gets got gotten getting
`)

const auxiliaries = wordSet(`
  have has had should would will could might must
`)

/** Participles that look like the base form, which the tagger reads as present tense. */
const sameFormParticiples = wordSet(`
  hurt cut hit put set let shut spread
`)

/** Acts that hurt someone: told without a doer, these hide who did them. */
const harmfulActs = wordSet(`
  made said broken crossed deleted hidden hid spent exchanged lied kept forgotten
  forgot missed ignored done taken lost damaged betrayed misled deceived hurt wasted
  ruined neglected dismissed cheated shouted yelled read gambled stolen withheld
  concealed violated invaded breached abused humiliated embarrassed belittled insulted
  mocked bent twisted distorted stretched damaged shattered destroyed neglected
`)

/** Reactions read as states ("you were offended"); the feelings-shift rule covers those. */
const emotions = wordSet(`
  offended upset disappointed annoyed bothered confused worried scared frightened
  surprised shocked saddened angered troubled concerned devastated
`)

/**
 * Life events and kindnesses ("you were born", "you were invited") hide no wrong, and nor does
 * how words were received ("the message was received badly"): that is the feelings-shift rule's.
 */
const neutralEvents = wordSet(`
  born married promoted invited welcomed loved told asked given offered paid called
  received interpreted perceived understood justified entitled allowed
`)

/** Things whose passive ("the messages were deleted") nearly always hides the writer. */
const harmedThings = wordSet(`
  mistakes mistake things words promises promise trust lines line messages message
  money truth feelings conversation decisions decision account secrets secret texts
  photos savings boundaries boundary vows agreement rules lies card debt privacy
  confidence feelings
`)

const agentless = [
  '(it|this|that|things|everything|stuff) all? just? (happened|escalated|spiralled|spiraled|snowballed|unravelled|unraveled|blew up|boiled over|fell apart|kicked off)',
  '(things|it|everything|stuff) (got|went|spiralled|spiraled|spun) (out|too|wrong)',
  'it just? slipped out',
].map(pattern)

function isParticiple(token: Token): boolean {
  if (token.tags.has('Auxiliary')) return false
  if (token.tags.has('Passive') || harmfulActs.has(token.normal)) return true
  return (
    token.tags.has('PastTense') ||
    token.tags.has('Participle') ||
    sameFormParticiples.has(token.normal)
  )
}

/** The first noun of the clause ("the rules we agreed were …" → rules), skipping dates. */
function clauseSubject(tokens: readonly Token[], aux: number): Token | undefined {
  let from = clauseStart(tokens, aux)
  for (let j = aux - 1; j > from; j--) {
    if (complementisers.has(tokens[j]?.normal ?? '')) {
      from = j + 1
      break
    }
  }
  for (let j = from; j < aux; j++) {
    const token = tokens[j]
    if (!token || token.tags.has('Possessive') || token.tags.has('Date')) continue
    if (token.tags.has('Noun') || token.tags.has('Pronoun')) return token
  }
  return subjectBefore(tokens, aux)
}

/** "taken the wrong way" is about how it was received: a feelings shift, not a hidden doer. */
function isReception(tokens: readonly Token[], verb: number): boolean {
  const next = tokens
    .slice(verb + 1, verb + 4)
    .map((t) => t.normal)
    .join(' ')
  return /^(the wrong way|wrongly|personally|badly|out of context)/.test(next)
}

/** "by me", "by what I did", or a reason clause with "I" in it names the doer. */
function namesDoer(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb + 1]?.normal === 'by' || tokens[verb + 2]?.normal === 'by') return true
  return tokens.some(
    (t, i) =>
      i > verb &&
      ['because', 'when', 'as', 'since'].includes(t.normal) &&
      tokens[i + 1]?.normal === 'i',
  )
}

/** "Mistakes were made", "your trust was broken", "things got out of hand". */
export const passiveVoice: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let verb = 1; verb < tokens.length; verb++) {
    const token = tokens[verb]
    if (!token || !isParticiple(token)) continue
    let aux = verb - 1
    while (aux > 0 && (isNegative(tokens[aux]) || tokens[aux]?.tags.has('Adverb'))) aux--
    if (!beOrGet.has(tokens[aux]?.normal ?? '')) continue
    while (
      aux > 0 &&
      (auxiliaries.has(tokens[aux - 1]?.normal ?? '') || isNegative(tokens[aux - 1]))
    )
      aux--
    const subject = clauseSubject(tokens, aux)
    if (!subject || firstPersonSubjects.has(subject.normal)) continue
    // Done to "you" or to "your …" in an apology, a passive nearly always hides the writer.
    const taggedPassive = token.tags.has('Passive') || token.tags.has('Participle')
    const doneToThem =
      taggedPassive &&
      (subject.normal === 'you' ||
        tokens[aux - 2]?.normal === 'your' ||
        tokens[aux - 1]?.normal === 'your')
    if (neutralEvents.has(token.normal) || emotions.has(token.normal)) continue
    if (!harmfulActs.has(token.normal) && !harmedThings.has(subject.normal) && !doneToThem) continue
    if (namesDoer(tokens, verb) || isReception(tokens, verb)) continue
    const from = clauseStart(tokens, aux)
    findings.push({
      category: 'passive-voice',
      first: from,
      last: verb,
      suggestion: activeRewrite(sentence, from, aux, verb),
    })
  }
  for (const p of agentless) {
    for (const span of sentence.find(p)) {
      const before = tokens[span.first - 1]
      // "just after it happened", "everything that happened": a time or a relative clause.
      if (
        before &&
        (['after', 'before', 'when', 'since', 'what', 'until'].includes(before.normal) ||
          before.tags.has('Noun'))
      )
        continue
      findings.push({ category: 'passive-voice', ...span, suggestion: nameYourself })
    }
  }
  return findings
}
