import type { Token } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { clauseEnd } from '../clauses'
import { findFromHead, head } from '../headPattern'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'

const prep = '(for|about|over)?'
const vagueAfterHead = [
  `${head} #Adverb? ${prep} what (happened|went on|went wrong|occurred|went down)`,
  `${head} #Adverb? ${prep} (all|everything|what) (that|which)? (has|had|have|is)? (happened|went|gone|occurred)`,
  `${head} #Adverb? ${prep} (how|the way) (everything|things|it|this|that) all? (has|have|had)? #Adverb? (turned|went|ended|worked|played|unfolded|panned|been|gone|got|happened)`,
  `${head} #Adverb? ${prep} being? (how|the way|who|what) i (#Copula|have|had|acted|behaved)`,
  `${head} #Adverb? ${prep} my part in`,
  // "what I put you through", "what I caused": the act left as a bare relative clause.
  `${head} #Adverb? ${prep} what i (have|had)? (put|caused|did to)`,
].map(pattern)

/** Words that stand in for an act without naming it. */
const placeholders = wordSet(`
  whatever everything anything something stuff things all lot
`)
/** "my behaviour", "my actions": conduct in general, vague unless something names it. */
const conduct = wordSet(`
  behaviour behavior conduct actions
`)
/** "it", "this" and "that" point back to something named; only "all of it" stays vague. */
const pointers = new Set(['it', 'this', 'that'])
/** "the things I said about your work" is specific again. */
const specifiers = wordSet(`
  about to at in on when with
`)
/** Nouns that name the fallout, not the act: "the mess", "all the trouble". */
const fallout = wordSet(`
  situation thing mess business trouble drama hurt pain harm offence offense upset
  problems distress inconvenience misunderstanding stress chaos
`)
/**
 * Nouns for a climate or a whole stretch of events ("the atmosphere", "the events of May",
 * "any wrongdoing"): vague even when "I" follows ("the atmosphere I brought home") unless a
 * preposition after it names the act ("the mess I made of your birthday").
 */
const climates = wordSet(`
  atmosphere mood tension events drama mess wrongdoing wrongs
`)
const fillers = wordSet(`
  the whole any and all of this that other my last recent
`)
const unnamed = new Set(['anything', 'something', 'whatever'])
/** Times that stand in for the act: "sorry about earlier", "about the other night". */
const timeWords = wordSet(`
  night day evening weekend week morning afternoon earlier before yesterday today tonight
  recently lately
`)

/**
 * End index of a vague object starting at i ("everything", "all the trouble", "last weekend",
 * "the other night"), or -1 when the object names something ("all the nights I came home late").
 */
function vagueObjectEnd(tokens: readonly Token[], i: number): number {
  const end = clauseEnd(tokens, i)
  let j = i
  while (j <= end && fillers.has(tokens[j]?.normal ?? '')) j++
  const headWord = tokens[j]
  const quantified = tokens.slice(i, j).some((t) => t.normal === 'all' || t.normal === 'any')
  // The object ended on fillers alone: "for all that" is vague, "about that" points back.
  if (!headWord || j > end) return quantified ? end : -1
  const rest = tokens.slice(j + 1, end + 1)
  const ownedAfter = rest.some((t) => t.normal === 'i')
  const specified = ownedAfter && rest.some((t) => specifiers.has(t.normal))
  if (pointers.has(headWord.normal)) return quantified ? j : -1
  // "the lot" stands in for everything; "a lot of things I said" goes on to name them.
  if (headWord.normal === 'lot' && tokens[j + 1]?.normal === 'of') return -1
  if (placeholders.has(headWord.normal)) return specified ? -1 : j
  const timeOrManner = (t: Token): boolean =>
    t.tags.has('Date') || t.tags.has('Adverb') || timeWords.has(t.normal)
  if (conduct.has(headWord.normal) && rest.every(timeOrManner)) return end
  if (fallout.has(headWord.normal) && (!ownedAfter || quantified)) return j
  if (climates.has(headWord.normal) && !specified) return j
  // Only a time: "last weekend", "the other night", "yesterday", "earlier".
  const timeOnly = headWord.tags.has('Date') || timeWords.has(headWord.normal)
  if (
    timeOnly &&
    rest.every((t) => t.tags.has('Date') || t.tags.has('Preposition') || t.tags.has('Determiner'))
  )
    return end
  return -1
}

/**
 * "I'm sorry the whole thing left you…": a that-clause whose subject is "the whole thing" or
 * "all of it" is as vague as "sorry for the whole thing". Other subjects go on to name the act.
 */
function wholeSubjectAt(tokens: readonly Token[], i: number): boolean {
  const from = tokens[i]?.normal === 'that' ? i + 1 : i
  const first = tokens[from]?.normal
  return (first === 'the' && tokens[from + 1]?.normal === 'whole') || first === 'all'
}

const suggestion = suggest(
  'Name the specific thing, so they know you understand it:',
  fillInWordings.vague,
)

/** "sorry for whatever I did", "sorry for everything", "sorry about the other night". */
export const vague: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  const heads = apologyHeads(sentence)
  if (heads.length === 0) return findings
  for (const p of vagueAfterHead) {
    for (const span of findFromHead(sentence, p))
      findings.push({ category: 'vague', ...span, suggestion })
  }
  for (const h of heads) {
    let i = h + 1
    while (tokens[i]?.tags.has('Adverb')) i++
    if (['for', 'about', 'over'].includes(tokens[i]?.normal ?? '')) i++
    else if (wholeSubjectAt(tokens, i)) i += tokens[i]?.normal === 'that' ? 1 : 0
    else if (tokens[h]?.normal !== 'regret') continue
    const end = vagueObjectEnd(tokens, i)
    if (end >= i) findings.push({ category: 'vague', first: h, last: end, suggestion })
  }
  if (findings.length > 0) return findings
  // "Whatever it is I did, I'm sorry." and "If I said something hurtful, I'm sorry."
  const firstHead = heads[0] ?? 0
  if (tokens[0]?.normal === 'whatever') {
    findings.push({ category: 'vague', first: 0, last: firstHead, suggestion })
    return findings
  }
  const ifIndex = tokens.findIndex(
    (t, i) =>
      t.normal === 'if' ||
      t.normal === 'extent' ||
      (t.normal === 'should' && heads.includes(i - 1)),
  )
  if (ifIndex < 0) return findings
  const unnamedIndex = tokens.findIndex((t, i) => i > ifIndex && unnamed.has(t.normal))
  const nearHead = heads.some((h) => Math.abs(h - ifIndex) <= 3 || h > unnamedIndex)
  if (unnamedIndex > 0 && nearHead) {
    const first = Math.min(ifIndex, firstHead)
    findings.push({ category: 'vague', first, last: Math.max(unnamedIndex, firstHead), suggestion })
  }
  return findings
}
