import { categoryGuides } from '../categoryGuides'
import type { ApologyFinding, NonApologyCategory } from '../types'
import { BoundedCache } from './boundedCache'
import { splitSentences } from './nlpEngine'
import { safeChunks } from './safeChunks'
import { excuseSuggestion } from './rules/excuseExplanation'
import { sorryButSuggestion } from './rules/sorryBut'
import { reportSentence, type SentenceReport } from './sentenceReport'

/** A sentence of the checked text: offsets into the whole text, and its (cached) report. */
export interface PlacedSentence {
  readonly start: number
  readonly end: number
  /** Sentences in the same paragraph share a number; a blank line starts a new paragraph. */
  readonly paragraph: number
  readonly report: SentenceReport
}

export interface ApologyChecker {
  /** Every finding in the text, in reading order. */
  check(text: string): readonly ApologyFinding[]
  /** The text's sentences with their reports; the component scorer builds on this. */
  sentences(text: string): readonly PlacedSentence[]
}

export interface ApologyCheckerOptions {
  /** Sentences remembered between calls. 2,000 covers several long drafts. */
  readonly cacheSize?: number
  /** Called whenever a sentence is parsed rather than found in the cache (for tests and tuning). */
  readonly onSentenceParsed?: (sentence: string) => void
}

/** Reasons in a row, with nothing owned, that read as an excuse even spread over sentences. */
const reasonsInARun = 3

/**
 * Parsing is the slow part (about 1 ms a sentence), so reports are cached per sentence text:
 * while someone types, only the sentence under the cursor is parsed again.
 */
export function createApologyChecker(options: ApologyCheckerOptions = {}): ApologyChecker {
  const capacity = options.cacheSize ?? 2000
  const reports = new BoundedCache<SentenceReport>(capacity)
  const chunkSplits = new BoundedCache<readonly { start: number; end: number }[]>(capacity)

  function report(sentenceText: string): SentenceReport {
    let found = reports.get(sentenceText)
    if (!found) {
      options.onSentenceParsed?.(sentenceText)
      found = reportSentence(sentenceText)
      reports.set(sentenceText, found)
    }
    return found
  }

  function sentences(text: string): readonly PlacedSentence[] {
    const placed: PlacedSentence[] = []
    let paragraph = 0
    let offset = 0
    for (const line of text.split('\n')) {
      if (line.trim() === '') paragraph++
      for (const chunk of safeChunks(line)) {
        const chunkText = line.slice(chunk.start, chunk.end)
        let ranges = chunkSplits.get(chunkText)
        if (!ranges) {
          ranges = splitSentences(chunkText)
          chunkSplits.set(chunkText, ranges)
        }
        for (const range of ranges) {
          const start = offset + chunk.start + range.start
          const end = offset + chunk.start + range.end
          placed.push({ start, end, paragraph, report: report(text.slice(start, end)) })
        }
      }
      offset += line.length + 1
    }
    return placed
  }

  function check(text: string): readonly ApologyFinding[] {
    const placed = sentences(text)
    const findings: ApologyFinding[] = []
    const add = (
      category: NonApologyCategory,
      start: number,
      end: number,
      sentence: { start: number; end: number },
      suggestion: string,
    ): void => {
      findings.push({
        id: `${category}:${start}`,
        category,
        start,
        end,
        matchedText: text.slice(start, end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        explanation: categoryGuides[category].explanation,
        suggestion,
      })
    }
    for (const [k, sentence] of placed.entries()) {
      for (const f of sentence.report.findings) {
        add(f.category, sentence.start + f.start, sentence.start + f.end, sentence, f.suggestion)
      }
      const previous = placed[k - 1]
      const contrast = sentence.report.openingContrast
      const sameParagraph = previous !== undefined && previous.paragraph === sentence.paragraph
      if (contrast && sameParagraph && previous.report.lastApologyAt !== null) {
        const alreadyCancelled = previous.report.findings.some((f) => f.category === 'sorry-but')
        if (!alreadyCancelled) {
          const apology = text.slice(previous.start, previous.end)
          add(
            'sorry-but',
            previous.start + previous.report.lastApologyAt,
            sentence.start + contrast.end,
            { start: previous.start, end: sentence.end },
            sorryButSuggestion(apology),
          )
        }
      }
    }
    addExcuses(placed, add)
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  return { check, sentences }
}

type AddFinding = (
  category: NonApologyCategory,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  suggestion: string,
) => void

/** Over-long explanation: judged per sentence and over runs of sentences in one paragraph. */
function addExcuses(placed: readonly PlacedSentence[], add: AddFinding): void {
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
      add(
        'excuse-explanation',
        sentence.start + excuse.strongCue.start,
        sentence.start + excuse.strongCue.end,
        sentence,
        excuseSuggestion,
      )
      flagged.add(k)
    } else if (excuse.reasons >= 2 && !ownedNear(k)) {
      add('excuse-explanation', sentence.start, sentence.end, sentence, excuseSuggestion)
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
      add(
        'excuse-explanation',
        first.start,
        last.end,
        { start: first.start, end: last.end },
        excuseSuggestion,
      )
    }
    runStart = Math.max(runEnd, runStart + 1)
  }
}
