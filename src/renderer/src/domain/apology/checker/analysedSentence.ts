/** One word of a sentence as the rules see it. Offsets are relative to the sentence. */
export interface Token {
  /** As written, without surrounding punctuation; '' for the hidden half of a contraction. */
  readonly text: string
  /** Lower case, contractions expanded ("didn't" → "did" + "not"), curly quotes straightened. */
  readonly normal: string
  /** compromise's lemma for verbs and plural nouns ("moved" → "move", "was" → "is"); else normal. */
  readonly root: string
  readonly start: number
  readonly end: number
  /** compromise's part-of-speech tags: Pronoun, PastTense, Passive, Negative, … */
  readonly tags: ReadonlySet<string>
  /** True when a comma, semicolon, colon, dash or bracket follows: the clause may end here. */
  readonly pauseAfter: boolean
}

/** Inclusive range of token indices. */
export interface TokenSpan {
  readonly first: number
  readonly last: number
}

/** A compromise match pattern, compiled once. */
export interface CompiledPattern {
  readonly source: string
}

export interface AnalysedSentence {
  readonly text: string
  readonly tokens: readonly Token[]
  /** Every place the pattern matches, as token ranges. */
  find(pattern: CompiledPattern): readonly TokenSpan[]
  /** Cheap word test to skip rules that cannot apply. */
  hasWord(normal: string): boolean
}
