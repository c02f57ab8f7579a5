import { componentCues } from '../scoring/componentCues'
import type { ApologyComponent, NonApologyCategory } from '../types'
import type { AnalysedSentence } from './analysedSentence'
import { apologyHeads } from './apologyHeads'
import { analyseSentence } from './nlpEngine'
import { agentlessOmission } from './rules/agentlessOmission'
import { blameShift } from './rules/blameShift'
import { blameStructures } from './rules/blameStructures'
import { conditional } from './rules/conditional'
import { demanding } from './rules/demanding'
import { evaluationAsFeeling } from './rules/evaluationAsFeeling'
import { excuseProfile, type ExcuseProfile } from './rules/excuseExplanation'
import { feelingsShift } from './rules/feelingsShift'
import { minimiser } from './rules/minimiser'
import { partnerBlame } from './rules/partnerBlame'
import { passiveVoice } from './rules/passiveVoice'
import { openingContrast, sorryBut } from './rules/sorryBut'
import { vague } from './rules/vague'
import type { RewriteSuggestion } from './rewriteSuggestion'
import type { SentenceRule } from './sentenceRule'

const sentenceRules: readonly SentenceRule[] = [
  conditional,
  feelingsShift,
  sorryBut,
  passiveVoice,
  agentlessOmission,
  vague,
  minimiser,
  blameShift,
  partnerBlame,
  blameStructures,
  demanding,
  evaluationAsFeeling,
]

/** A finding with offsets relative to its sentence. */
export interface LocalFinding {
  readonly category: NonApologyCategory
  readonly start: number
  readonly end: number
  readonly suggestion: RewriteSuggestion
}

/** Everything the checker and the scorer need from one sentence; cached by sentence text. */
export interface SentenceReport {
  readonly findings: readonly LocalFinding[]
  readonly components: ReadonlySet<ApologyComponent>
  readonly excuse: ExcuseProfile
  /** Offsets of an opening "But"/"However" that would cancel an apology just before it. */
  readonly openingContrast: { readonly start: number; readonly end: number } | null
  /** Offset of the last real apology word, for a "sorry. But…" across two sentences. */
  readonly lastApologyAt: number | null
}

function localFindings(sentence: AnalysedSentence): readonly LocalFinding[] {
  const findings: LocalFinding[] = []
  for (const rule of sentenceRules) {
    for (const found of rule(sentence)) {
      const first = sentence.tokens[found.first]
      const last = sentence.tokens[found.last]
      if (!first || !last) continue
      const start = first.start
      const end = Math.max(last.end, start)
      // One highlight per category per phrase: overlapping matches of a category are merged.
      const overlapping = findings.some(
        (f) => f.category === found.category && f.start < end && start < f.end,
      )
      if (!overlapping)
        findings.push({ category: found.category, start, end, suggestion: found.suggestion })
    }
  }
  return findings
}

export function reportSentence(text: string): SentenceReport {
  const sentence = analyseSentence(text)
  const contrast = openingContrast(sentence)
  const contrastFirst = contrast && sentence.tokens[contrast.first]
  const contrastLast = contrast && sentence.tokens[contrast.last]
  const heads = apologyHeads(sentence)
  const lastHead = heads.length > 0 ? sentence.tokens[heads[heads.length - 1] ?? 0] : undefined
  return {
    findings: localFindings(sentence),
    components: componentCues(sentence),
    excuse: excuseProfile(sentence),
    openingContrast:
      contrastFirst && contrastLast ? { start: contrastFirst.start, end: contrastLast.end } : null,
    lastApologyAt: lastHead ? lastHead.start : null,
  }
}
