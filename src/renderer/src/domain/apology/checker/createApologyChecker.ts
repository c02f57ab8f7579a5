import { categoryGuides } from '../categoryGuides'
import type { ApologyFinding } from '../types'
import { BoundedCache } from './boundedCache'
import type { DraftFinding } from './draftFinding'
import { excuseFindings } from './excuseFindings'
import { splitSentences } from './nlpEngine'
import type { PlacedSentence } from './placedSentence'
import { suggestionProse } from './rewriteSuggestion'
import { sorryButSuggestion } from './rules/sorryBut'
import { safeChunks } from './safeChunks'
import { reportSentence, type SentenceReport } from './sentenceReport'
import { settleWordings } from './settleWordings'

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

  function draftFindings(text: string): readonly DraftFinding[] {
    const placed = sentences(text)
    const findings: DraftFinding[] = []
    for (const [k, sentence] of placed.entries()) {
      for (const f of sentence.report.findings) {
        findings.push({
          category: f.category,
          start: sentence.start + f.start,
          end: sentence.start + f.end,
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          suggestion: f.suggestion,
        })
      }
      const previous = placed[k - 1]
      const contrast = sentence.report.openingContrast
      const sameParagraph = previous !== undefined && previous.paragraph === sentence.paragraph
      if (contrast && sameParagraph && previous.report.lastApologyAt !== null) {
        const alreadyCancelled = previous.report.findings.some((f) => f.category === 'sorry-but')
        if (!alreadyCancelled) {
          findings.push({
            category: 'sorry-but',
            start: previous.start + previous.report.lastApologyAt,
            end: sentence.start + contrast.end,
            sentenceStart: previous.start,
            sentenceEnd: sentence.end,
            suggestion: sorryButSuggestion(text.slice(previous.start, previous.end)),
          })
        }
      }
    }
    findings.push(...excuseFindings(placed))
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  function check(text: string): readonly ApologyFinding[] {
    return settleWordings(draftFindings(text), draftFindings).map((f) => ({
      id: `${f.category}:${f.start}`,
      category: f.category,
      start: f.start,
      end: f.end,
      matchedText: text.slice(f.start, f.end),
      sentenceStart: f.sentenceStart,
      sentenceEnd: f.sentenceEnd,
      explanation: categoryGuides[f.category].explanation,
      suggestion: suggestionProse(f.suggestion),
      wording: f.suggestion.wording,
    }))
  }

  return { check, sentences }
}
