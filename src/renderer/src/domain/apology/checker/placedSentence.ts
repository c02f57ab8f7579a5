import type { SentenceReport } from './sentenceReport'

/** A sentence of the checked text: offsets into the whole text, and its (cached) report. */
export interface PlacedSentence {
  readonly start: number
  readonly end: number
  /** Sentences in the same paragraph share a number; a blank line starts a new paragraph. */
  readonly paragraph: number
  readonly report: SentenceReport
}
