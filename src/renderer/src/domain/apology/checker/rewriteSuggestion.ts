import { quote } from './rewriting'

/**
 * What a rule offers in place of a flagged sentence. The wording is kept apart from the advice
 * around it so the checker can check the wording itself, and so every flag in one sentence can
 * offer the same wording.
 */
export interface RewriteSuggestion {
  /** Leads into the wording: "Drop the “if” and say what you did:". */
  readonly advice: string
  /** Replaces the whole flagged sentence; ___ marks a blank for the writer to fill in. */
  readonly wording: string
  /** Follows the wording ('' for nothing): why it helps, or what to do with the rest. */
  readonly afterword: string
}

export function suggest(advice: string, wording: string, afterword = ''): RewriteSuggestion {
  return { advice, wording, afterword }
}

/** The blank the checker leaves in fill-in wordings for the writer to complete. */
export const fillInBlank = '___'

export function hasBlank(wording: string): boolean {
  return wording.includes(fillInBlank)
}

/** The suggestion as the person reads it: advice, the wording in quotation marks, afterword. */
export function suggestionProse(suggestion: RewriteSuggestion): string {
  const { advice, wording, afterword } = suggestion
  return [advice, quote(wording), afterword].filter((part) => part !== '').join(' ')
}
