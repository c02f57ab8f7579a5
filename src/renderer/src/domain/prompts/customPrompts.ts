import { fail, ok, type Result } from '@shared/result'
import type { ThemeId } from '../journal/themes'
import type { Prompt, PromptCustomisations, PromptOverride } from './types'

export const emptyPromptCustomisations: PromptCustomisations = {
  version: 1,
  added: [],
  overrides: {},
  hidden: [],
}

/** 400 characters: room for a thoughtful question, short enough to read at a glance. */
export const maxPromptTextLength = 400
export const maxPromptWhyLength = 200

/** Ids of the person's own prompts start with this, so they can never clash with Mend's. */
export const customPromptIdPrefix = 'custom-'

export interface PromptWording {
  readonly text: string
  /** Optional for the person's own prompts. */
  readonly why?: string
}

/** Adds the person's own prompt. `id` comes from the caller's id generator. */
export function addCustomPrompt(
  customisations: PromptCustomisations,
  input: PromptWording & { readonly id: string; readonly theme: ThemeId },
  now: Date,
): Result<PromptCustomisations> {
  const wording = checkWording(input)
  if (!wording.ok) return wording
  const instant = now.toISOString()
  const prompt = {
    id: `${customPromptIdPrefix}${input.id}`,
    theme: input.theme,
    ...wording.value,
    createdAt: instant,
    updatedAt: instant,
  }
  return ok({ ...customisations, added: [...customisations.added, prompt] })
}

/**
 * Rewords a prompt. The person's own prompts change in place; Mend's prompts keep their id and
 * get an override, which disappears again if the wording goes back to the original.
 */
export function editPrompt(
  customisations: PromptCustomisations,
  library: readonly Prompt[],
  promptId: string,
  input: PromptWording & { readonly theme?: ThemeId },
  now: Date,
): Result<PromptCustomisations> {
  const wording = checkWording(input)
  if (!wording.ok) return wording
  if (customisations.added.some((prompt) => prompt.id === promptId)) {
    const added = customisations.added.map((prompt) =>
      prompt.id === promptId
        ? {
            ...prompt,
            ...wording.value,
            theme: input.theme ?? prompt.theme,
            updatedAt: now.toISOString(),
          }
        : prompt,
    )
    return ok({ ...customisations, added })
  }
  const original = library.find((prompt) => prompt.id === promptId)
  if (!original) {
    return fail(
      'prompt-not-found',
      'This prompt no longer exists, so the change was not saved. Please reopen the prompt list and try again.',
    )
  }
  const { [promptId]: _previous, ...others } = customisations.overrides
  const unchanged = wording.value.text === original.text && wording.value.why === original.why
  const overrides: Record<string, PromptOverride> = unchanged
    ? others
    : { ...others, [promptId]: wording.value }
  return ok({ ...customisations, overrides })
}

/** Brings back Mend's own wording for a built-in prompt. */
export function resetPrompt(
  customisations: PromptCustomisations,
  promptId: string,
): PromptCustomisations {
  if (!(promptId in customisations.overrides)) return customisations
  const { [promptId]: _removed, ...overrides } = customisations.overrides
  return { ...customisations, overrides }
}

/** Deletes one of the person's own prompts. Entries written from it keep their text. */
export function deleteCustomPrompt(
  customisations: PromptCustomisations,
  promptId: string,
): PromptCustomisations {
  return {
    ...customisations,
    added: customisations.added.filter((prompt) => prompt.id !== promptId),
    hidden: customisations.hidden.filter((id) => id !== promptId),
  }
}

export function hidePrompt(
  customisations: PromptCustomisations,
  promptId: string,
): PromptCustomisations {
  if (customisations.hidden.includes(promptId)) return customisations
  return { ...customisations, hidden: [...customisations.hidden, promptId] }
}

export function showPrompt(
  customisations: PromptCustomisations,
  promptId: string,
): PromptCustomisations {
  if (!customisations.hidden.includes(promptId)) return customisations
  return { ...customisations, hidden: customisations.hidden.filter((id) => id !== promptId) }
}

function checkWording(input: PromptWording): Result<PromptOverride> {
  const text = input.text.trim()
  const why = (input.why ?? '').trim()
  if (text === '') {
    return fail('prompt-empty', 'The prompt has no question yet. Write one, then save it again.')
  }
  if (text.length > maxPromptTextLength) {
    return fail(
      'prompt-too-long',
      `The prompt is longer than ${maxPromptTextLength} characters. Please shorten it a little; a short question is easier to answer.`,
    )
  }
  if (why.length > maxPromptWhyLength) {
    return fail(
      'prompt-why-too-long',
      `The note on why it helps is longer than ${maxPromptWhyLength} characters. Please keep it to a line or two.`,
    )
  }
  return ok({ text, why })
}
