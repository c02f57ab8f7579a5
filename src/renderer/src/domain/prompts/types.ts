import type { ThemeId } from '../journal/themes'

/** A journaling prompt: one question to write about, and why it is worth writing about. */
export interface Prompt {
  /** Stable forever, because entries and the rotation history refer to it: 'communication-07'. */
  readonly id: string
  readonly theme: ThemeId
  readonly text: string
  /** One line on how this question helps. */
  readonly why: string
}

/** A prompt the person wrote themselves. */
export interface CustomPrompt extends Prompt {
  readonly createdAt: string
  readonly updatedAt: string
}

/** The person's own wording for a built-in prompt, which replaces Mend's. */
export interface PromptOverride {
  readonly text: string
  readonly why: string
}

/**
 * Everything the person changed about the library: one settings-like record (kind
 * 'prompt-custom') that the app stores encrypted and hands back to these functions.
 */
export interface PromptCustomisations {
  readonly version: 1
  readonly added: readonly CustomPrompt[]
  readonly overrides: Readonly<Record<string, PromptOverride>>
  /** Ids of built-in or custom prompts the person chose not to see. */
  readonly hidden: readonly string[]
}

/** One day's prompt of the day. `cycle` counts passes through the whole visible library. */
export interface ShownPrompt {
  readonly promptId: string
  /** "YYYY-MM-DD". */
  readonly date: string
  readonly cycle: number
}
