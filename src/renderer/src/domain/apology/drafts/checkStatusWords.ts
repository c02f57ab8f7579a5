import { countBlanks } from './stillToLookAt'

/**
 * The line under a checked text area: what the checker found, and any blank of a used wording
 * still to fill in. Finding nothing is not a clean bill: on sentences written by someone the
 * rules were not shaped around, the checker catches fewer than half (corpus/heldOutSentences.ts).
 */
export function checkStatusWords(text: string, phrases: number): string {
  if (text.trim() === '') return ''
  const found =
    phrases === 0
      ? 'No common non-apology wording found. It can miss some, so read it once as they would hear it.'
      : phrases === 1
        ? 'One phrase to look at, below.'
        : `${phrases} phrases to look at, below.`
  const blanks = countBlanks(text)
  if (blanks === 0) return found
  return `${found} ${blanks === 1 ? 'One blank' : `${blanks} blanks`} still to fill in.`
}
