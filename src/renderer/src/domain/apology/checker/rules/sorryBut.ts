import type { AnalysedSentence } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { isNegative } from '../clauses'
import { quote, sentenceBefore } from '../rewriting'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'

const contrastWords = new Set(['but', 'however', 'though', 'although'])

/**
 * Phrases after the "but" that keep the apology whole: a commitment, or an admission that
 * nothing excuses it. Matched against the clause's normalised words joined by spaces.
 */
const keepsTheApology = [
  'i will',
  'i am going to',
  'i promise',
  'i want to change',
  'more than that',
  'i mean every word',
  'i mean it',
  'no excuse',
  'not an excuse',
  'not excuse',
  'my fault',
  'my choice',
  'my responsibility',
  'i know sorry',
  'i know words',
  'not enough',
  'i was wrong',
  'i take responsibility',
  'i should have',
  'i should not have',
]

function keepsApology(sentence: AnalysedSentence, from: number): boolean {
  const rest = ` ${sentence.tokens
    .slice(from)
    .map((t) => t.normal)
    .join(' ')} `
  return keepsTheApology.some((phrase) => {
    const at = rest.indexOf(` ${phrase} `)
    if (at < 0) return false
    // "but I can't promise …" takes the commitment back.
    const before = rest.slice(Math.max(0, at - 12), at)
    return !/\bnot\b|\bnever\b/.test(before)
  })
}

/** "not because X but because Y" and "not only X but Y" are one thought, not a cancellation. */
function isCorrelative(sentence: AnalysedSentence, butIndex: number): boolean {
  return sentence.tokens.some(
    (t, i) =>
      i < butIndex &&
      isNegative(t) &&
      ['only', 'just', 'merely', 'simply', 'because', 'for'].includes(
        sentence.tokens[i + 1]?.normal ?? '',
      ),
  )
}

export function cancelsApology(sentence: AnalysedSentence, butIndex: number): boolean {
  const before = sentence.tokens[butIndex - 1]?.normal
  if (before === 'no' || before === 'the' || before === 'a') return false
  if (isCorrelative(sentence, butIndex)) return false
  return !keepsApology(sentence, butIndex + 1)
}

export function sorryButSuggestion(apology: string): string {
  return `End the apology before the “but”: ${quote(apology)} If the rest still matters, share it another time as your side of things, not as a reason.`
}

/** "I'm sorry, but you were yelling too." */
export const sorryBut: SentenceRule = (sentence) => {
  const heads = apologyHeads(sentence)
  const findings: SentenceFinding[] = []
  for (const h of heads) {
    const butIndex = sentence.tokens.findIndex((t, i) => i > h && contrastWords.has(t.normal))
    if (butIndex < 0 || !cancelsApology(sentence, butIndex)) continue
    findings.push({
      category: 'sorry-but',
      first: h,
      last: butIndex,
      suggestion: sorryButSuggestion(sentenceBefore(sentence, butIndex)),
    })
    break
  }
  return findings
}

/** A sentence that opens with "But"/"However" right after an apology: index of that word. */
export function openingContrast(sentence: AnalysedSentence): number | null {
  const first = sentence.tokens[0]
  if (!first || !contrastWords.has(first.normal)) return null
  return cancelsApology(sentence, 0) ? 0 : null
}
