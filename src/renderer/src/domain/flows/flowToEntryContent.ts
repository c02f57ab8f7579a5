import type { Rating } from '../journal/entry'
import { ratingWord } from '../journal/ratingWords'
import type { ThemeId } from '../journal/themes'
import type { FlowAnswers, FlowDefinition, FlowStep } from './types'
import { isAnswered, type AnswerValue } from './validateAnswer'

/** Fields for newEntry: `newEntry({ id, now, ...flowToEntryContent(flow, answers) })`. */
export interface FlowEntryContent {
  readonly kind: 'flow'
  readonly title: string
  /** Markdown: a heading per answered step, then the answer. */
  readonly body: string
  readonly theme: ThemeId
  readonly tags: readonly string[]
  readonly mood: Rating | null
  readonly trust: Rating | null
  /** Only answered steps are kept, so the record says exactly what the entry shows. */
  readonly flow: { readonly flowId: string; readonly answers: FlowAnswers }
}

/** A finished flow as an entry that reads well later. Skipped or blank steps are left out. */
export function flowToEntryContent(flow: FlowDefinition, answers: FlowAnswers): FlowEntryContent {
  const answered = flow.steps.filter((step) => isAnswered(step, answers[step.id]))
  const body = answered
    .map((step) => `### ${step.label}\n\n${answerText(step, answers[step.id])}`)
    .join('\n\n')
  const kept = Object.fromEntries(answered.map((step) => [step.id, keptValue(answers[step.id])]))
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

function answerText(step: FlowStep, value: AnswerValue): string {
  switch (step.type) {
    case 'rating':
      return `${ratingWord(step.scale, value as Rating)} (${value as Rating} of 5)`
    case 'choice':
      return step.options.find((option) => option.id === value)?.label ?? ''
    case 'text':
      return String(value).trim()
  }
}

function keptValue(value: AnswerValue): string | number {
  return typeof value === 'string' ? value.trim() : (value as number)
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
