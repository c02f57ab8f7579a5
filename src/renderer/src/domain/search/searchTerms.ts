/** One word of a text, where it sits in that text, and the term it is indexed under. */
export interface TextToken {
  readonly start: number
  readonly end: number
  readonly term: string
}

// Letters, digits and marks, with inner apostrophes ("don't" is one word). Hyphens split.
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu
// Chinese and Japanese have no spaces: each character becomes its own term, so any word
// inside a run can be found (queries are split the same way).
const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const cjkSplit =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu
const combiningMarks = /\p{M}/gu
const apostrophes = /['’]/g

/**
 * The form every word is indexed and queried in: lower case, accents and apostrophes removed,
 * so "Café" finds "cafe" and "dont" finds "don't".
 */
export function normaliseTerm(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(combiningMarks, '').replace(apostrophes, '').toLowerCase()
}

/** The words of a text with their positions; used to mark matches. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = []
  eachWord(text, (start, end, term) => tokens.push({ start, end, term }))
  return tokens
}

/** Only the terms, for MiniSearch's tokenizer (indexing runs this over millions of words). */
export function termsOf(text: string): string[] {
  const terms: string[] = []
  eachWord(text, (_start, _end, term) => terms.push(term))
  return terms
}

function eachWord(text: string, visit: (start: number, end: number, term: string) => void): void {
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const word = match[0]
    const start = match.index
    if (isPlainAscii(word)) {
      visit(start, start + word.length, word.toLowerCase())
    } else if (!cjkPattern.test(word)) {
      visit(start, start + word.length, normaliseTerm(word))
    } else {
      for (const part of word.matchAll(cjkSplit)) {
        const partStart = start + part.index
        visit(partStart, partStart + part[0].length, normaliseTerm(part[0]))
      }
    }
  }
}

/** Letters and digits below U+0080 and no apostrophe: nothing to fold. Most journal words. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i)
    if (code > 0x7f || code === 0x27) return false
  }
  return true
}
