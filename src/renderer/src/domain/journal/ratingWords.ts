import type { Rating } from './entry'

/** Which 1–5 question a rating answers; each has its own gentle words. */
export type RatingScale = 'mood' | 'trust'

// Words rather than numbers so a low day reads as a state, not a score or a failing.
export const moodWords: Readonly<Record<Rating, string>> = {
  1: 'Very low',
  2: 'Low',
  3: 'In between',
  4: 'Fairly good',
  5: 'Good',
}

export const trustWords: Readonly<Record<Rating, string>> = {
  1: 'Hardly any',
  2: 'A little',
  3: 'Some',
  4: 'Quite a lot',
  5: 'Strong',
}

export const ratings: readonly Rating[] = [1, 2, 3, 4, 5]

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5
}

/** The words for one rating, e.g. ratingWord('trust', 2) → "A little". */
export function ratingWord(scale: RatingScale, rating: Rating): string {
  return scale === 'mood' ? moodWords[rating] : trustWords[rating]
}
