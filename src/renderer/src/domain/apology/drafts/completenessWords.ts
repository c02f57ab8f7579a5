/**
 * The component score (0–100) in calm words rather than a grade: the point is what to add
 * next, not a mark. Bands follow the weights: responsibility and repair alone make 55.
 */
export function completenessWords(score: number): string {
  if (score <= 0) return 'Not started yet'
  if (score < 30) return 'A beginning'
  if (score < 55) return 'Taking shape'
  if (score < 85) return 'Most of what matters is here'
  if (score < 100) return 'Covers what matters most'
  return 'Every part is here'
}
