import type { NonApologyCategory } from '../types'
import type { AnalysedSentence } from './analysedSentence'
import type { RewriteSuggestion } from './rewriteSuggestion'

/** A finding inside one sentence, as token indices (inclusive). */
export interface SentenceFinding {
  readonly category: NonApologyCategory
  readonly first: number
  readonly last: number
  readonly suggestion: RewriteSuggestion
}

/** Looks at one sentence on its own; cross-sentence checks live in createApologyChecker.ts. */
export type SentenceRule = (sentence: AnalysedSentence) => readonly SentenceFinding[]
