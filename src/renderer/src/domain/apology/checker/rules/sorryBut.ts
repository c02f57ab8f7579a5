import type { AnalysedSentence, TokenSpan } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { isNegative } from '../clauses'
import { contrastAt, nextContrast } from '../contrastMarkers'
import { sentenceBefore } from '../rewriting'
import { suggest, type RewriteSuggestion } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'

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
  'you were right',
  'you are right',
  'i am sorry',
  'i am so sorry',
  'i am truly sorry',
  'i am really sorry',
  'i am not asking',
  'i am not expecting',
  'i do not expect',
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

/** Whether the contrast marker at butIndex..markerEnd takes back an apology before it. */
export function cancelsApology(
  sentence: AnalysedSentence,
  butIndex: number,
  markerEnd = butIndex,
): boolean {
  const before = sentence.tokens[butIndex - 1]?.normal
  if (before === 'no' || before === 'the' || before === 'a') return false
  if (isCorrelative(sentence, butIndex)) return false
  return !keepsApology(sentence, markerEnd + 1)
}

export function sorryButSuggestion(apology: string): RewriteSuggestion {
  return suggest(
    'End the apology before the “but”:',
    apology,
    'If the rest still matters, share it another time as your side of things, not as a reason.',
  )
}

/** "I'm sorry, but you were yelling too." */
export const sorryBut: SentenceRule = (sentence) => {
  const heads = apologyHeads(sentence)
  const findings: SentenceFinding[] = []
  for (const h of heads) {
    const marker = nextContrast(sentence.tokens, h)
    if (!marker || !cancelsApology(sentence, marker.first, marker.last)) continue
    findings.push({
      category: 'sorry-but',
      first: h,
      last: marker.last,
      suggestion: sorryButSuggestion(sentenceBefore(sentence, marker.first)),
    })
    break
  }
  return findings
}

/**
 * A sentence that opens with "But", "However" or "That said" right after an apology: the span of
 * the marker, or null.
 */
export function openingContrast(sentence: AnalysedSentence): TokenSpan | null {
  const marker = contrastAt(sentence.tokens, 0)
  if (!marker) return null
  return cancelsApology(sentence, 0, marker.last) ? marker : null
}
