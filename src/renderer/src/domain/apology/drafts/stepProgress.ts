import { countBlanks, isSettled, type StillToLookAt } from './stillToLookAt'

/** Where one builder step stands: blank, written, or written with something still to look at. */
export interface StepProgress extends StillToLookAt {
  readonly written: boolean
}

/** `phrasesIn` counts the checker's findings; it is not asked about a blank step. */
export function stepProgress(answer: string, phrasesIn: (text: string) => number): StepProgress {
  const written = answer.trim() !== ''
  if (!written) return { written, phrases: 0, blanks: 0 }
  return { written, phrases: phrasesIn(answer), blanks: countBlanks(answer) }
}

/** "5 of 7 written", or "7 of 7 written, one still has something to look at". */
export function writtenWords(steps: readonly StepProgress[]): string {
  const written = steps.filter((s) => s.written).length
  const open = steps.filter((s) => !isSettled(s)).length
  const count = `${written} of ${steps.length} written`
  if (open === 0) return count
  return open === 1
    ? `${count}, one still has something to look at`
    : `${count}, ${open} still have something to look at`
}
