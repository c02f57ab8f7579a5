import { fillInBlank } from '../checker/rewriteSuggestion'
import type { ApologyFinding } from '../types'

/** What "Use this wording" did, so it can be undone and the blanks can be selected. */
export interface AppliedSuggestion {
  readonly text: string
  /** Where the new wording sits in `text`. */
  readonly start: number
  readonly end: number
  /** The words it replaced. */
  readonly original: string
}

/**
 * Replaces the flagged sentence with the suggested wording. Returns null when there is no
 * wording or when the sentence no longer reads as it did when checked (the person kept typing).
 */
export function applySuggestion(
  text: string,
  finding: ApologyFinding,
  checkedText: string,
): AppliedSuggestion | null {
  const { wording } = finding
  if (wording === '') return null
  const original = checkedText.slice(finding.sentenceStart, finding.sentenceEnd)
  let start = finding.sentenceStart
  if (text.slice(start, start + original.length) !== original) {
    // Text typed before the sentence moves it; find it again if it is there exactly once.
    start = text.indexOf(original)
    if (start < 0 || text.indexOf(original, start + 1) >= 0) return null
  }
  const end = start + original.length
  return {
    text: text.slice(0, start) + wording + text.slice(end),
    start,
    end: start + wording.length,
    original,
  }
}

/** Puts the original words back, if the new wording is still there as it was inserted. */
export function undoSuggestion(text: string, applied: AppliedSuggestion): string | null {
  const wording = applied.text.slice(applied.start, applied.end)
  if (text === applied.text)
    return text.slice(0, applied.start) + applied.original + text.slice(applied.end)
  const at = text.indexOf(wording)
  if (at < 0 || text.indexOf(wording, at + 1) >= 0) return null
  return text.slice(0, at) + applied.original + text.slice(at + wording.length)
}

/** The first blank inside the new wording, to select for typing straight over it. */
export function firstBlank(applied: AppliedSuggestion): { start: number; end: number } | null {
  const at = applied.text.indexOf(fillInBlank, applied.start)
  if (at < 0 || at >= applied.end) return null
  return { start: at, end: at + fillInBlank.length }
}
