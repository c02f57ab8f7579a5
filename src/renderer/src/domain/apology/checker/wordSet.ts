/** A word list written as one space-separated string, so long lexicons stay readable. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/))
}
