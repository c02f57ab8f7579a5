import { stillToLookAtWords, type StillToLookAt } from './stillToLookAt'

/**
 * The component score (0–100) in calm words rather than a grade: the point is what to add
 * next, not a mark. Bands follow the weights: responsibility and repair alone make 55.
 * Flagged phrases and unfilled blanks are named alongside, so a letter with every part is never
 * called finished while there is still something for the writer to look at.
 */
export function completenessWords(score: number, open: StillToLookAt): string {
  const coverage = coverageWords(score)
  const left = stillToLookAtWords(open)
  return left === '' ? coverage : `${coverage} — ${left}`
}

function coverageWords(score: number): string {
  if (score <= 0) return 'Not started yet'
  if (score < 30) return 'A beginning'
  if (score < 55) return 'Taking shape'
  if (score < 85) return 'Most of what matters is here'
  if (score < 100) return 'Covers what matters most'
  return 'Every part is here'
}
