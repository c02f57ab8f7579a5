import type { Token } from '../analysedSentence'
import { clauseStart, isNegative, subjectBefore } from '../clauses'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { replaceTokens } from '../rewriting'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { downplaysActAt } from './downplayer'
import { importanceDenialAt } from './importanceDenial'
import { intentSpan } from './intentFocus'
import { sizeSoftenerEnd } from './sizeSoftener'

const shrinkers = new Set(['just', 'only', 'merely', 'simply'])
/** Who or what "just/only" can follow when it shrinks the act: "I just…", "it was only…". */
const actSubjects = wordSet(`
  i we it that this she he they was were is are am had have has did be
`)

/** "just now" is time, "only realised" is discovery, "just want" is a wish: none shrink the act. */
const notShrinking = wordSet(`
  now then after before as like about because so realised realized noticed found
  learned learnt understood saw want wanted need needed wish hope know knew me myself
  you starting beginning arrived woke finished heard started began returned came left
`)

const smallAmounts = wordSet(`
  a an one two few couple once twice some
`)
const smallActs = wordSet(`
  lunch coffee drink drinks joke kiss text texts message messages friends friend banter
  flirting fun chatting talking words harmless
`)

const magnitude = [
  'harmless',
  '#Negative (a|the)? big deal',
  'no big deal',
  '#Negative (like|as if|as though) (i|we)',
  '#Negative #Adverb? (as|so) (bad|serious|big|terrible|awful|major|dramatic)',
  'bigger than (it|this|that) (is|was)',
  '(blown|blowing) out of proportion',
  'mountain out of a molehill',
  '(a|no) big deal out of',
  'meant nothing',
  '(it|that|this) #Copula nothing',
  'nothing (serious|more)',
  'white lie',
  '(as|#Copula) (a|#Adverb)? (joke|laugh|bit of fun|wind up)',
  'one (silly|stupid|little|small|tiny|harmless|single)? (message|text|mistake|drink|kiss|time|night|slip|lapse|lie|photo)',
  'a (silly|stupid|little|tiny|harmless)+ (message|text|mistake|drink|kiss|slip|lapse|photo|crush|flirt)',
  'a one off',
  '(tiny|minor|trivial|small|little) (lie|thing|slip|mistake|lapse)',
].map(pattern)

/**
 * "I only told you half", "I only gave you excuses": too little given to them is an admission,
 * not a way of making the act smaller.
 */
const givingRoots = wordSet(`
  tell told give gave pay paid show showed share admit listen care visit help apologise
  apologize offer think thought consider
`)

function shrinksAct(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (!before || !after || isNegative(before) || before.normal === 'the') return false
  // "I have just booked": news, not shrinking.
  if (tokens[i]?.normal === 'just' && ['have', 'has', 'had'].includes(before.normal)) return false
  if (
    tokens[i]?.normal === 'only' &&
    (givingRoots.has(after.root) || givingRoots.has(after.normal))
  )
    return false
  // "It only took one lie to undo years of trust": how little it took stresses the damage.
  if (after.root === 'take') return false
  // "just a few messages", "only once": a small amount shrinks whatever it follows.
  const amount = after.normal === 'a' ? tokens[i + 2]?.normal : after.normal
  if (['few', 'couple', 'once', 'twice', 'one', 'little', 'bit'].includes(amount ?? '')) return true
  if (after.tags.has('Copula')) return false
  // "I just got home" is time; "I just got carried away" shrinks the act.
  if (
    after.normal === 'got' &&
    ['home', 'back', 'in', 'off', 'here', 'there', 'up'].includes(tokens[i + 2]?.normal ?? '')
  )
    return false
  if (!actSubjects.has(before.normal) || notShrinking.has(after.normal)) return false
  if (subjectBefore(tokens, i)?.normal === 'you') return false
  if (smallAmounts.has(after.normal) || smallActs.has(after.normal)) return true
  return after.tags.has('Verb') && !after.tags.has('Infinitive')
}

const impactNotIntent = suggest(
  'Speak to what happened, not what you meant:',
  'Whatever I meant, I ___, and it hurt you.',
)
const letThemJudge = suggest('Leave the size of it for them to judge:', fillInWordings.minimiser)

/** "just", "only", "a bit", "I didn't mean it", "it was only a joke", "no big deal". */
export const minimiser: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.normal ?? ''
    const intent = intentSpan(tokens, i)
    const denial = importanceDenialAt(tokens, i)
    if (downplaysActAt(tokens, i)) {
      findings.push({
        category: 'minimiser',
        first: i,
        last: Math.min(i + 1, tokens.length - 1),
        suggestion: letThemJudge,
      })
    } else if (shrinkers.has(word) && shrinksAct(tokens, i)) {
      const plain = replaceTokens(sentence, i, i, '')
      findings.push({
        category: 'minimiser',
        first: i,
        last: i,
        suggestion: suggest('Say it without shrinking it:', plain),
      })
    } else if (denial) {
      findings.push({ category: 'minimiser', ...denial, suggestion: letThemJudge })
    } else if (intent) {
      findings.push({ category: 'minimiser', ...intent, suggestion: impactNotIntent })
    } else {
      const end = sizeSoftenerEnd(sentence, i)
      if (end > 0)
        findings.push({ category: 'minimiser', first: i, last: end, suggestion: letThemJudge })
    }
  }
  for (const p of magnitude) {
    for (const span of sentence.find(p)) {
      // "it wasn't just a small lie" admits the size instead of shrinking it.
      const deniesSize =
        !p.source.includes('#Negative') &&
        tokens
          .slice(Math.max(clauseStart(tokens, span.first), span.first - 3), span.first)
          .some(isNegative)
      // "it took one lie to undo…" counts the cause of a large harm, not a small act.
      const causeOfHarm = tokens[span.first - 1]?.root === 'take'
      if (!deniesSize && !causeOfHarm)
        findings.push({ category: 'minimiser', ...span, suggestion: letThemJudge })
    }
  }
  // "I don't think it was that bad": a denial of size, not of the act.
  const thatBad = tokens.findIndex(
    (t, i) =>
      t.normal === 'that' &&
      ['bad', 'big', 'serious', 'terrible'].includes(tokens[i + 1]?.normal ?? ''),
  )
  if (thatBad > 0 && tokens.slice(0, thatBad).some(isNegative)) {
    findings.push({
      category: 'minimiser',
      first: thatBad,
      last: thatBad + 1,
      suggestion: letThemJudge,
    })
  }
  return findings
}
