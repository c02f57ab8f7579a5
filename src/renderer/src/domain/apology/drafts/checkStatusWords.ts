import { countBlanks } from './stillToLookAt'

/**
 * The line under a checked text area: what the checker found, and any blank of a used wording
 * still to fill in, since "nothing reads as a non-apology" is not the whole story while one is.
 */
export function checkStatusWords(text: string, phrases: number): string {
  if (text.trim() === '') return ''
  const found =
    phrases === 0
      ? 'Nothing here reads as a non-apology.'
      : phrases === 1
        ? 'One phrase to look at, below.'
        : `${phrases} phrases to look at, below.`
  const blanks = countBlanks(text)
  if (blanks === 0) return found
  return `${found} ${blanks === 1 ? 'One blank' : `${blanks} blanks`} still to fill in.`
}
