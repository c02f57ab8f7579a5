/**
 * One step of a compromise match pattern as nlp.parseMatch returns it (only the fields used
 * here). Typed structurally so that nlpEngine.ts stays the only file importing compromise.
 */
export interface MatchStep {
  readonly word?: string
  readonly fastOr?: ReadonlySet<string>
  readonly choices?: readonly (readonly MatchStep[])[]
  readonly optional?: boolean
  readonly negative?: boolean
}

function firstWords(step: MatchStep): ReadonlySet<string> | null {
  if (step.optional || step.negative) return null
  if (step.word !== undefined) return new Set([step.word])
  if (step.fastOr) return step.fastOr
  if (!step.choices) return null
  const union = new Set<string>()
  for (const choice of step.choices) {
    const first = choice[0]
    const words = first ? firstWords(first) : null
    if (!words) return null
    for (const w of words) union.add(w)
  }
  return union
}

/**
 * The words a sentence must contain for the pattern to have any chance of matching: one set of
 * alternatives per required step. Asking compromise to match costs about 20 µs a pattern, and
 * most patterns can be ruled out from the sentence's words alone; this keeps a keystroke cheap.
 */
export function requiredWords(steps: readonly MatchStep[]): readonly ReadonlySet<string>[] {
  const required: ReadonlySet<string>[] = []
  for (const step of steps) {
    const words = firstWords(step)
    if (words) required.push(words)
  }
  return required
}

export function mayMatch(
  required: readonly ReadonlySet<string>[],
  hasWord: (word: string) => boolean,
): boolean {
  return required.every((alternatives) => [...alternatives].some(hasWord))
}
