import type { NonApologyCategory } from '../types'

/** One corpus item: a sentence (or two) and every category a careful reader would flag in it. */
export interface LabelledSentence {
  readonly text: string
  /** Empty for a sincere sentence. */
  readonly expected: readonly NonApologyCategory[]
}

export function labelled(text: string, ...expected: NonApologyCategory[]): LabelledSentence {
  return { text, expected }
}
