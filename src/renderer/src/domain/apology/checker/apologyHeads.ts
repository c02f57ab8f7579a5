import type { AnalysedSentence } from './analysedSentence'
import { isNegatedInClause } from './clauses'
import { wordSet } from './wordSet'

const headWords = wordSet(`
  sorry apologise apologize apologised apologized apologising apologizing apologies
  apology regret regrets soz
`)

/**
 * Token indices of words that make the sentence an apology, leaving out negated ones
 * ("I'm not sorry") and pity ("I feel sorry for myself").
 */
export function apologyHeads(sentence: AnalysedSentence): readonly number[] {
  const { tokens } = sentence
  const heads: number[] = []
  for (const [i, token] of tokens.entries()) {
    if (!headWords.has(token.normal)) continue
    const before = tokens[i - 1]?.normal
    const after = tokens[i + 1]?.normal
    if ((before === 'feel' || before === 'felt') && after === 'for') continue
    if (isNegatedInClause(tokens, i)) continue
    heads.push(i)
  }
  return heads
}
