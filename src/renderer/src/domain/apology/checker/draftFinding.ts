import type { NonApologyCategory } from '../types'
import type { RewriteSuggestion } from './rewriteSuggestion'

/** A finding as the rules made it, before its wording is checked and settled. */
export interface DraftFinding {
  readonly category: NonApologyCategory
  /** Offsets into the checked text. */
  readonly start: number
  readonly end: number
  /** The sentence (or run of sentences) that "Use this wording" replaces. */
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly suggestion: RewriteSuggestion
}
