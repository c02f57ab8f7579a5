import type { AnalysedSentence } from './analysedSentence'

/*
 * Small text surgery for suggested rewrites. Rewrites only ever cut or swap whole tokens of
 * the person's own sentence, so the suggestion still sounds like them.
 */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:\u2013\u2014-]+$/u, '')
  return capitalise(/[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`)
}

/** The sentence text from token `first` to token `last` inclusive. */
export function tokenText(sentence: AnalysedSentence, first: number, last: number): string {
  const from = sentence.tokens[first]
  const to = sentence.tokens[last]
  if (!from || !to) return ''
  return sentence.text.slice(from.start, to.end)
}

/** The sentence with tokens first..last replaced; neighbouring spaces are tidied. */
export function replaceTokens(
  sentence: AnalysedSentence,
  first: number,
  last: number,
  replacement: string,
): string {
  const from = sentence.tokens[first]
  const to = sentence.tokens[last]
  if (!from || !to) return sentence.text
  const before = sentence.text.slice(0, from.start)
  const after = sentence.text.slice(to.end)
  return `${before}${replacement}${after}`.replace(/\s{2,}/g, ' ').replace(/\s+([,.;!?])/g, '$1')
}

/** The sentence up to (not including) token i, as a complete sentence. */
export function sentenceBefore(sentence: AnalysedSentence, i: number): string {
  const token = sentence.tokens[i]
  return asSentence(token ? sentence.text.slice(0, token.start) : sentence.text)
}

export function quote(text: string): string {
  return `\u201c${text}\u201d`
}
