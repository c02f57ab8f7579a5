import type { Rating } from '../journal/entry'
import type { ThemeId } from '../journal/themes'
import type { ChoiceStep, FlowAnswers, FlowDefinition, TextStep } from './types'
import { isAnswered, type AnswerValue } from './validateAnswer'

/** Fields for newEntry: `newEntry({ id, now, ...flowToEntryContent(flow, answers) })`. */
export interface FlowEntryContent {
  readonly kind: 'flow'
  readonly title: string
  /** Markdown: a heading per answered written or chosen step, then the answer. No ratings. */
  readonly body: string
  readonly theme: ThemeId
  readonly tags: readonly string[]
  readonly mood: Rating | null
  readonly trust: Rating | null
  /** The answers the body shows, so the record says exactly what the entry's text says. */
  readonly flow: { readonly flowId: string; readonly answers: FlowAnswers }
}

/**
 * A finished flow as an entry that reads well later. Skipped or blank steps are left out. Ratings
 * go only to the entry's mood and trust: the editor's rating buttons, the timeline and every
 * export read them from there, and a share without ratings then simply has none.
 */
export function flowToEntryContent(flow: FlowDefinition, answers: FlowAnswers): FlowEntryContent {
  const written = flow.steps.filter(
    (step): step is TextStep | ChoiceStep =>
      step.type !== 'rating' && isAnswered(step, answers[step.id]),
  )
  const body = written
    .map((step) => `### ${step.label}\n\n${answerText(step, answers[step.id])}`)
    .join('\n\n')
  const kept = Object.fromEntries(written.map((step) => [step.id, String(answers[step.id]).trim()]))
  return {
    kind: 'flow',
    title: flow.entry.title,
    body,
    theme: flow.theme,
    tags: flow.entry.tags,
    mood: entryRating(flow, answers, 'mood'),
    trust: entryRating(flow, answers, 'trust'),
    flow: { flowId: flow.id, answers: kept },
  }
}

function answerText(step: TextStep | ChoiceStep, value: AnswerValue): string {
  return step.type === 'choice'
    ? (step.options.find((option) => option.id === value)?.label ?? '')
    : String(value).trim()
}

function entryRating(
  flow: FlowDefinition,
  answers: FlowAnswers,
  field: 'mood' | 'trust',
): Rating | null {
  const step = flow.steps.find((s) => s.type === 'rating' && s.entryField === field)
  const value = step ? answers[step.id] : undefined
  return step && isAnswered(step, value) ? (value as Rating) : null
}
