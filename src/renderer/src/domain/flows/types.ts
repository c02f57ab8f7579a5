import type { FlowAnswers } from '../journal/entry'
import type { RatingScale } from '../journal/ratingWords'
import type { ThemeId } from '../journal/themes'

export type { FlowAnswers }

interface StepBase {
  /** Unique within its flow; answers are keyed by it, so it never changes once released. */
  readonly id: string
  /** The one question shown on the step. */
  readonly question: string
  /** A gentle nudge shown under the question. */
  readonly hint: string
  /**
   * The heading this answer gets in the saved entry, e.g. "What I appreciated"; for a rating, the
   * name it is shown under at review ("Mood").
   */
  readonly label: string
  /** A required step cannot be skipped; an optional one is left out of the entry when skipped. */
  readonly required: boolean
}

/** 1–5, shown with the words of its scale (moodWords or trustWords). */
export interface RatingStep extends StepBase {
  readonly type: 'rating'
  readonly scale: RatingScale
  /**
   * The entry field that keeps the answer. A rating lives only there, never in the entry's text:
   * a copy in the text would go stale when the rating is changed later, and would travel into a
   * share the person chose to make without ratings.
   */
  readonly entryField: 'mood' | 'trust'
}

export interface TextStep extends StepBase {
  readonly type: 'text'
  /** Counted after trimming; only checked when something was written or the step is required. */
  readonly minLength?: number
  readonly maxLength?: number
  /** One line (a short answer) or a paragraph box. */
  readonly multiline: boolean
}

export interface ChoiceOption {
  readonly id: string
  readonly label: string
}

export interface ChoiceStep extends StepBase {
  readonly type: 'choice'
  readonly options: readonly ChoiceOption[]
}

export type FlowStep = RatingStep | TextStep | ChoiceStep

/** A guided flow is data only: the machine and the entry renderer work for any of them. */
export interface FlowDefinition {
  /** Stable: saved entries and paused sessions refer to it. */
  readonly id: string
  readonly title: string
  readonly theme: ThemeId
  /** One or two calm sentences shown before starting. */
  readonly description: string
  readonly steps: readonly FlowStep[]
  /** The saved entry's title and tags. */
  readonly entry: { readonly title: string; readonly tags: readonly string[] }
}

export type FlowStatus = 'not-started' | 'active' | 'paused' | 'finished'

/**
 * Where someone is in a flow. Plain JSON, so a paused flow is saved as a 'flow-session' record
 * and resumed later exactly where it was left.
 */
export interface FlowState {
  readonly version: 1
  readonly flowId: string
  readonly status: FlowStatus
  /** 0 … steps.length; steps.length means every step is behind them ("review, then finish"). */
  readonly stepIndex: number
  readonly answers: FlowAnswers
  /** Optional steps passed over on purpose. */
  readonly skipped: readonly string[]
  /** Calm messages for the step that needs attention, by step id. */
  readonly errors: Readonly<Record<string, string>>
}

export type FlowAction =
  | { readonly type: 'start' }
  | { readonly type: 'answer'; readonly value: string | number | null }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'skip' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'finish' }
