import { createApologyChecker } from './checker/createApologyChecker'
import type { ApologyFinding } from './types'

/** One checker for the whole renderer, so every view shares the sentence cache. */
export const sharedApologyChecker = createApologyChecker()

/**
 * Finds the phrases that turn an apology into a non-apology, with offsets into `text` for
 * highlighting. Safe to call on every keystroke: unchanged sentences come from a cache.
 */
export function checkApology(text: string): readonly ApologyFinding[] {
  return sharedApologyChecker.check(text)
}
