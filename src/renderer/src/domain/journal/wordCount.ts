import { markdownToPlainText } from './markdownToPlainText'

// Chinese and Japanese are written without spaces; counting each character as a word is the
// rough convention editors use. Hangul separates words with spaces, so it counts like Latin.
const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
// A word is letters or digits, joined by apostrophes, hyphens or decimal points ("don't",
// "well-being", "3.5"). Dashes with spaces or em dashes between words split them.
const word = /[\p{L}\p{N}\p{M}]+(?:['’.\-‐][\p{L}\p{N}\p{M}]+)*/gu

/** Words as a reader would count them in the rendered entry. */
export function wordCount(markdown: string): number {
  const text = markdownToPlainText(markdown)
  const cjkCount = text.match(cjkCharacter)?.length ?? 0
  const rest = text.replace(cjkCharacter, ' ')
  return cjkCount + (rest.match(word)?.length ?? 0)
}
