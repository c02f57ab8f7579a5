import type { Entry, FlowAnswers } from '../journal/entry'
import { ratingWord, ratings, type RatingScale } from '../journal/ratingWords'

interface LegacyRatingBlock {
  readonly stepId: string
  readonly label: string
  readonly scale: RatingScale
}

/**
 * The rating blocks earlier builds of Mend wrote into a finished flow's text ("### Mood", a blank line, then
 * "Fairly good (4 of 5)"), by flow id. Frozen on purpose: it records what was written then, so
 * renaming a step's label later must not change which old text is recognised.
 */
const legacyRatingBlocks: Readonly<Record<string, readonly LegacyRatingBlock[]>> = {
  'daily-check-in': [
    { stepId: 'mood', label: 'Mood', scale: 'mood' },
    { stepId: 'trust', label: 'Trust I feel', scale: 'trust' },
  ],
}

/**
 * A flow entry without the copies of its mood and trust that earlier builds wrote into its text and its
 * saved answers. The ratings themselves stay in entry.mood and entry.trust. Only a block exactly
 * as Mend wrote it goes: once the person has added words of their own to it, it is their writing
 * and is kept. Any other entry comes back as the same object.
 */
export function withoutLegacyRatingText(entry: Entry): Entry {
  if (entry.kind !== 'flow' || entry.flow === null) return entry
  const blocks = legacyRatingBlocks[entry.flow.flowId]
  if (blocks === undefined) return entry
  let lines = entry.body.split('\n')
  for (const block of blocks) lines = withoutBlock(lines, block)
  const body = lines.join('\n')
  const answers = withoutAnswers(entry.flow.answers, blocks)
  if (body === entry.body && answers === entry.flow.answers) return entry
  return { ...entry, body, flow: { flowId: entry.flow.flowId, answers } }
}

function withoutBlock(lines: readonly string[], block: LegacyRatingBlock): string[] {
  const heading = `### ${block.label}`
  const ratingLines = new Set(ratings.map((r) => `${ratingWord(block.scale, r)} (${r} of 5)`))
  const blank = (index: number) => index >= lines.length || lines[index]!.trim() === ''
  for (let start = 0; start < lines.length; start++) {
    if (lines[start]!.trim() !== heading) continue
    let ratingLine = start + 1
    while (ratingLine < lines.length && blank(ratingLine)) ratingLine++
    if (!ratingLines.has(lines[ratingLine]?.trim() ?? '')) continue
    // More text in the same paragraph means the person wrote there: leave the block alone.
    if (!blank(ratingLine + 1)) continue
    let end = ratingLine + 1
    while (end < lines.length && blank(end)) end++
    // The last block takes the blank lines before it, so the text does not end in a gap.
    let from = start
    if (end === lines.length) while (from > 0 && blank(from - 1)) from--
    return [...lines.slice(0, from), ...lines.slice(end)]
  }
  return [...lines]
}

function withoutAnswers(answers: FlowAnswers, blocks: readonly LegacyRatingBlock[]): FlowAnswers {
  if (!blocks.some((block) => Object.hasOwn(answers, block.stepId))) return answers
  const stepIds = new Set(blocks.map((block) => block.stepId))
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !stepIds.has(id)))
}
