import type { AnalysedSentence, Token } from '../analysedSentence'
import { clauseEnd, isNegative } from '../clauses'
import { fillInWordings } from '../fillInWordings'
import { asSentence, replaceTokens, tokenText } from '../rewriting'
import { suggest, type RewriteSuggestion } from '../rewriteSuggestion'
import { wordSet } from '../wordSet'

/* The passive-voice rule's rewrite: the hidden doer named, in the writer's own sentence. */

/** Words after which a clause's own subject starts: "sorry that your trust…". */
export const complementisers = wordSet(`
  that if who which sorry regret apologise apologize
`)

/** Irregular past participles whose simple past differs, for the "I broke …" rewrite. */
const simplePast: Readonly<Record<string, string>> = {
  broken: 'broke',
  forgotten: 'forgot',
  hidden: 'hid',
  taken: 'took',
  done: 'did',
  stolen: 'stole',
  gotten: 'got',
  given: 'gave',
  written: 'wrote',
  spoken: 'spoke',
  shown: 'showed',
  seen: 'saw',
}

const objectForm: Readonly<Record<string, string>> = {
  you: 'you',
  he: 'him',
  she: 'her',
  they: 'them',
  it: 'it',
}

export const nameYourself = suggest(
  'Say who did it, plainly:',
  fillInWordings['passive-voice'],
  'Owning the act is what makes an apology believable.',
)

/** Where the clause's subject starts: after "that", "if" or "sorry" ("sorry your trust was…"). */
function subjectStart(tokens: readonly Token[], from: number, aux: number): number {
  for (let j = aux - 1; j >= from; j--) {
    if (complementisers.has(tokens[j]?.normal ?? '')) return j + 1
  }
  return from
}

/**
 * The sentence with its passive clause turned round to name the writer. Only the clause changes,
 * so "I'm sorry if you were hurt" keeps its apology: "I'm sorry if I hurt you."
 */
export function activeRewrite(
  sentence: AnalysedSentence,
  clauseFrom: number,
  aux: number,
  verb: number,
): RewriteSuggestion {
  const { tokens } = sentence
  const from = subjectStart(tokens, clauseFrom, aux)
  const subject = tokenText(sentence, from, aux - 1).trim()
  const verbToken = tokens[verb]
  // "The rules were not followed": turning a negated passive round needs a "didn't" it may not take.
  const negated = tokens.slice(aux, verb).some(isNegative)
  if (!verbToken || !subject || negated) return nameYourself
  const properNoun = tokens[from]?.tags.has('ProperNoun') ?? false
  const lowered =
    objectForm[subject.toLowerCase()] ??
    (properNoun ? subject : subject.charAt(0).toLowerCase() + subject.slice(1))
  const past = simplePast[verbToken.normal] ?? verbToken.normal
  const end = clauseEnd(tokens, verb)
  // "You were lied to": the preposition moves in front of the object, "I lied to you".
  const after = tokens[end]
  const stranded = verb + 1 === end && !after?.tags.has('Pronoun') && !after?.tags.has('Adverb')
  const preposition = stranded ? ` ${tokens[end]?.normal ?? ''}` : ''
  const rest = !stranded && end > verb ? ` ${tokenText(sentence, verb + 1, end)}` : ''
  const active = `I ${past}${preposition} ${lowered}${rest}`
  return suggest('Say who did it:', asSentence(replaceTokens(sentence, from, end, active)))
}
