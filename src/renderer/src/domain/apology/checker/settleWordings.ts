import type { DraftFinding } from './draftFinding'
import { fillInWordings } from './fillInWordings'
import { hasBlank, suggest } from './rewriteSuggestion'

/** What the checker flags in a wording on its own, before any wording is settled. */
export type FlagsInWording = (wording: string) => readonly DraftFinding[]

/**
 * Rewrites made on top of a rewrite before it is given up. The development corpus needs two at
 * most: "I'm sorry if your feelings were hurt, but…" is cut at the "but", then gets its doer
 * ("if I hurt your feelings"), then loses its "if". Three leaves one to spare; each is a parse.
 */
const repairRounds = 3

/** Used when even the fill-in wordings are flagged, which the unit tests rule out. */
const lastResort = fillInWordings['passive-voice']

const wholeSentenceAdvice = 'Try this for the whole sentence; it covers every phrase marked in it:'

/** The key of the stretch of text that "Use this wording" replaces. */
function sentenceKey(finding: DraftFinding): string {
  return `${finding.sentenceStart}:${finding.sentenceEnd}`
}

/**
 * A rewrite of the person's own words, with any flag left in it rewritten in turn by that flag's
 * own rewrite; null when that does not come out clean. Fill-in wordings are not used here: they
 * replace the whole sentence, so they are tried as candidates in their own right.
 */
function cleanedRewrite(wording: string, flagsIn: FlagsInWording): string | null {
  let current = wording
  for (let round = 0; round <= repairRounds; round++) {
    const flags = flagsIn(current)
    if (flags.length === 0) return current
    const next = flags.find((f) => !hasBlank(f.suggestion.wording))
    if (!next || round === repairRounds) return null
    const { sentenceStart, sentenceEnd, suggestion } = next
    current = current.slice(0, sentenceStart) + suggestion.wording + current.slice(sentenceEnd)
  }
  return null
}

/**
 * One wording for every flag in a sentence, and one the checker does not flag. The person's own
 * words come first: a rewrite that comes out clean settles every flag in the sentence at once.
 * Failing that, the flags' fill-in wordings, in reading order.
 */
function settledWording(group: readonly DraftFinding[], flagsIn: FlagsInWording): string {
  const rewrites = group.map((f) => f.suggestion.wording).filter((w) => !hasBlank(w))
  for (const rewrite of rewrites) {
    const clean = cleanedRewrite(rewrite, flagsIn)
    if (clean !== null) return clean
  }
  const fillIns = group
    .flatMap((f) => [f.suggestion.wording, fillInWordings[f.category]])
    .filter(hasBlank)
  return fillIns.find((w) => flagsIn(w).length === 0) ?? lastResort
}

/**
 * Gives every finding a wording the checker itself would not flag, the same wording for every
 * finding that replaces the same sentence, so "Use this wording" never trades one non-apology for
 * another ("sorry if you felt hurt, but…" is not fixed by "sorry if you felt hurt").
 *
 * A finding keeps its own advice when the wording is its own or its category's fill-in; when it
 * shares another finding's wording, the advice says the wording covers the whole sentence.
 */
export function settleWordings(
  findings: readonly DraftFinding[],
  flagsIn: FlagsInWording,
): readonly DraftFinding[] {
  const groups = new Map<string, DraftFinding[]>()
  for (const finding of findings) {
    const key = sentenceKey(finding)
    groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const wordings = new Map<string, string>()
  for (const [key, group] of groups) wordings.set(key, settledWording(group, flagsIn))
  return findings.map((finding) => {
    const wording = wordings.get(sentenceKey(finding)) ?? lastResort
    const { advice, afterword } = finding.suggestion
    const shared = (groups.get(sentenceKey(finding))?.length ?? 1) > 1
    const ownWording =
      wording === finding.suggestion.wording || wording === fillInWordings[finding.category]
    return {
      ...finding,
      suggestion:
        ownWording || !shared
          ? suggest(advice, wording, afterword)
          : suggest(wholeSentenceAdvice, wording),
    }
  })
}
