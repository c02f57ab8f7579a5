import type { Prompt, PromptCustomisations } from './types'

/** One row of the prompt settings screen. */
export interface PromptCatalogueItem {
  /** With the person's wording applied. */
  readonly prompt: Prompt
  readonly origin: 'mend' | 'custom'
  /** A built-in prompt the person reworded. */
  readonly edited: boolean
  readonly hidden: boolean
}

/** Every prompt, Mend's first then the person's own, with their wording applied. */
export function promptCatalogue(
  library: readonly Prompt[],
  customisations: PromptCustomisations,
): readonly PromptCatalogueItem[] {
  const hidden = new Set(customisations.hidden)
  const builtIn = library.map((prompt) => {
    const override = customisations.overrides[prompt.id]
    return {
      prompt: override ? { ...prompt, ...override } : prompt,
      origin: 'mend' as const,
      edited: override !== undefined,
      hidden: hidden.has(prompt.id),
    }
  })
  const own = customisations.added.map((prompt) => ({
    prompt: { id: prompt.id, theme: prompt.theme, text: prompt.text, why: prompt.why },
    origin: 'custom' as const,
    edited: false,
    hidden: hidden.has(prompt.id),
  }))
  return [...builtIn, ...own]
}

/** The prompts to offer, with the person's wording, hidden ones left out. */
export function visiblePrompts(
  library: readonly Prompt[],
  customisations: PromptCustomisations,
): readonly Prompt[] {
  return promptCatalogue(library, customisations)
    .filter((item) => !item.hidden)
    .map((item) => item.prompt)
}

/** Any prompt by id, hidden or not: an old entry still shows the prompt it answered. */
export function findPrompt(
  library: readonly Prompt[],
  customisations: PromptCustomisations,
  promptId: string,
): Prompt | null {
  const item = promptCatalogue(library, customisations).find((i) => i.prompt.id === promptId)
  return item?.prompt ?? null
}
