import type { AnalysedSentence, Token } from '../analysedSentence'
import { clauseEnd } from '../clauses'
import { wordSet } from '../wordSet'

const downtoners = wordSet(`
  slightly somewhat mildly marginally
`)
const smallMeasures = wordSet(`
  bit tad touch
`)
const smallSizes = wordSet(`
  little tiny wee
`)
/** "was slightly worried" reports a feeling, which is not shrinking the act. */
const feelings = wordSet(`
  scared worried nervous anxious sad hurt embarrassed ashamed jealous lonely upset afraid
  frightened guilty lost confused overwhelmed tired down shaken unsure
`)
const beOrGot = wordSet(`
  was were got been being am is are
`)

/** Last token of a downtoner at i ("slightly", "a bit", "a tiny bit", "a little"), or -1. */
function downtonerEnd(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.normal ?? ''
  if (downtoners.has(word)) return i
  if (word !== 'a') return -1
  let j = i + 1
  if (smallSizes.has(tokens[j]?.normal ?? '') && smallMeasures.has(tokens[j + 1]?.normal ?? '')) j++
  if (smallMeasures.has(tokens[j]?.normal ?? '')) return j
  return tokens[i + 1]?.normal === 'little' ? i + 1 : -1
}

/**
 * "I was slightly late", "a tiny bit harsh", "raised my voice a bit": softening the size of what
 * was done. Returns the last token to highlight, or -1.
 */
export function sizeSoftenerEnd(sentence: AnalysedSentence, i: number): number {
  const { tokens } = sentence
  const end = downtonerEnd(tokens, i)
  if (end < 0) return -1
  if (sentence.hasWord('feel') || sentence.hasWord('felt')) return -1
  const before = tokens[i - 1]?.normal ?? ''
  const next = tokens[end + 1]
  // "for a bit" is a while, not a size.
  if (before === 'for' || (next && feelings.has(next.normal))) return -1
  if (beOrGot.has(before)) return next ? end + 1 : end
  return clauseEnd(tokens, end) === end && tokens[i]?.normal === 'a' ? end : -1
}
