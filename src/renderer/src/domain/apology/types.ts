/** The ten ways an apology can stop being one, as the checker names them. */
export type NonApologyCategory =
  | 'conditional'
  | 'feelings-shift'
  | 'sorry-but'
  | 'passive-voice'
  | 'vague'
  | 'minimiser'
  | 'blame-shift'
  | 'demanding'
  | 'excuse-explanation'
  | 'evaluation-as-feeling'

export const nonApologyCategories: readonly NonApologyCategory[] = [
  'conditional',
  'feelings-shift',
  'sorry-but',
  'passive-voice',
  'vague',
  'minimiser',
  'blame-shift',
  'demanding',
  'excuse-explanation',
  'evaluation-as-feeling',
]

/** One flagged phrase, with offsets into the exact text that was checked (for highlighting). */
export interface ApologyFinding {
  /** Stable while the text before the phrase is unchanged: `${category}:${start}`. */
  readonly id: string
  readonly category: NonApologyCategory
  /** UTF-16 offsets, `text.slice(start, end) === matchedText`. */
  readonly start: number
  readonly end: number
  readonly matchedText: string
  /** The whole sentence the phrase sits in, so the UI can offer the rewrite in place. */
  readonly sentenceStart: number
  readonly sentenceEnd: number
  /** Why this weakens the apology, in plain words. */
  readonly explanation: string
  /** What to do instead, as the person reads it; it quotes `wording`. */
  readonly suggestion: string
  /**
   * What "Use this wording" puts in place of the sentence: a rewrite of it, or a fill-in pattern
   * (with ___) when no safe rewrite exists. The checker does not flag it, and every finding in
   * the same sentence offers the same wording.
   */
  readonly wording: string
}

/** The six components of an apology tested by Lewicki, Polin & Lount (2016). */
export type ApologyComponent =
  'regret' | 'explanation' | 'responsibility' | 'repentance' | 'repair' | 'forgiveness-request'

/** The builder's steps: the six components plus the opening account of what happened. */
export type ApologyStepId = 'what-happened' | ApologyComponent

/** What the person wrote for each step; missing or blank steps are skipped. */
export type ApologyAnswers = Readonly<Partial<Record<ApologyStepId, string>>>
