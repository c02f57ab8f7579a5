import { fillInBlank } from '../checker/rewriteSuggestion'

/** What keeps a draft from being finished: flagged phrases, and blanks left in a used wording. */
export interface StillToLookAt {
  readonly phrases: number
  readonly blanks: number
}

/** Each run of underscores counts once, however long the writer left it. */
const blankRun = new RegExp(`${fillInBlank}_*`, 'g')

/** The ___ blanks of a suggested wording that are still in the text. */
export function countBlanks(text: string): number {
  return text.match(blankRun)?.length ?? 0
}

export function isSettled(open: StillToLookAt): boolean {
  return open.phrases <= 0 && open.blanks <= 0
}

function several(count: number, noun: string): string {
  return count === 1 ? `one ${noun}` : `${count} ${noun}s`
}

/**
 * "2 phrases still to look at", "one blank still to fill in", or both:
 * "one phrase to look at and 2 blanks to fill in"; '' when nothing is left.
 */
export function stillToLookAtWords(open: StillToLookAt): string {
  const { phrases, blanks } = open
  if (phrases > 0 && blanks > 0)
    return `${several(phrases, 'phrase')} to look at and ${several(blanks, 'blank')} to fill in`
  if (phrases > 0) return `${several(phrases, 'phrase')} still to look at`
  if (blanks > 0) return `${several(blanks, 'blank')} still to fill in`
  return ''
}
