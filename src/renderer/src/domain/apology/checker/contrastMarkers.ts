import type { Token, TokenSpan } from './analysedSentence'

/** Words that turn against what came before wherever they stand. */
const contrastWords = new Set(['but', 'however', 'though', 'although'])

/** Words that only contrast when they open a clause: "…; still, I had my reasons". */
const clauseInitialContrasts = new Set(['still', 'yet', 'nevertheless', 'nonetheless'])

/** Set phrases that do the work of "but", as normalised words. */
const contrastPhrases: readonly (readonly string[])[] = [
  ['that', 'said'],
  ['having', 'said', 'that'],
  ['then', 'again'],
  ['in', 'my', 'defence'],
  ['in', 'my', 'defense'],
  ['in', 'fairness'],
  ['to', 'be', 'fair'],
  ['mind', 'you'],
  ['even', 'so'],
  ['all', 'the', 'same'],
]

function opensClauseAt(tokens: readonly Token[], i: number): boolean {
  return i === 0 || (tokens[i - 1]?.pauseAfter ?? false)
}

/** The contrast marker starting at token i, or null. */
export function contrastAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const word = tokens[i]?.normal ?? ''
  if (contrastWords.has(word)) return { first: i, last: i }
  if (!opensClauseAt(tokens, i)) return null
  // "Still, …" is a contrast; "I still think about it" and "still waters" are not.
  if (clauseInitialContrasts.has(word) && (tokens[i]?.pauseAfter || word !== 'still'))
    return { first: i, last: i }
  for (const phrase of contrastPhrases) {
    if (phrase.every((w, k) => tokens[i + k]?.normal === w))
      return { first: i, last: i + phrase.length - 1 }
  }
  return null
}

/** The first contrast marker after token `after`, or null. */
export function nextContrast(tokens: readonly Token[], after: number): TokenSpan | null {
  for (let i = after + 1; i < tokens.length; i++) {
    const found = contrastAt(tokens, i)
    if (found) return found
  }
  return null
}
