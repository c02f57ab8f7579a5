import type { PlacedSentence } from './placedSentence'
import type { DraftFinding } from './draftFinding'
import { excuseSuggestion } from './rules/excuseExplanation'

/** Reasons in a row, with nothing owned, that read as an excuse even spread over sentences. */
const reasonsInARun = 3

/** Over-long explanation: judged per sentence and over runs of sentences in one paragraph. */
export function excuseFindings(placed: readonly PlacedSentence[]): readonly DraftFinding[] {
  const findings: DraftFinding[] = []
  const add = (start: number, end: number, sentence: { start: number; end: number }): void => {
    findings.push({
      category: 'excuse-explanation',
      start,
      end,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      suggestion: excuseSuggestion,
    })
  }
  // Ownership just before or just after the reasons ("That was my choice. I did it because…").
  const ownedNear = (k: number): boolean => {
    const here = placed[k]
    if (!here) return false
    return [placed[k - 1], here, placed[k + 1]].some(
      (s) => s !== undefined && s.paragraph === here.paragraph && s.report.excuse.ownership,
    )
  }
  const flagged = new Set<number>()
  for (const [k, sentence] of placed.entries()) {
    const { excuse } = sentence.report
    if (excuse.strongCue && !excuse.ownership) {
      add(sentence.start + excuse.strongCue.start, sentence.start + excuse.strongCue.end, sentence)
      flagged.add(k)
    } else if (excuse.reasons >= 2 && !ownedNear(k)) {
      add(sentence.start, sentence.end, sentence)
      flagged.add(k)
    }
  }
  let runStart = 0
  while (runStart < placed.length) {
    let runEnd = runStart
    let reasons = 0
    while (
      placed[runEnd] &&
      (placed[runEnd]?.report.excuse.reasons ?? 0) > 0 &&
      placed[runEnd]?.paragraph === placed[runStart]?.paragraph
    ) {
      reasons += placed[runEnd]?.report.excuse.reasons ?? 0
      runEnd++
    }
    const first = placed[runStart]
    const last = placed[runEnd - 1]
    const owned = placed.slice(runStart, runEnd).some((_, i) => ownedNear(runStart + i))
    const already = [...flagged].some((k) => k >= runStart && k < runEnd)
    if (first && last && runEnd - runStart >= 2 && reasons >= reasonsInARun && !owned && !already) {
      add(first.start, last.end, { start: first.start, end: last.end })
    }
    runStart = Math.max(runEnd, runStart + 1)
  }
  return findings
}
