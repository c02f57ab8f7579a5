import type { Prompt, ShownPrompt } from './types'

export interface PromptOfTheDayInput {
  /** All prompts that exist: usually visiblePrompts(promptLibrary, customisations). */
  readonly prompts: readonly Prompt[]
  /** Ids the person may be shown; anything else is never picked. */
  readonly visibleIds: ReadonlySet<string>
  /** What earlier days showed, as returned by the previous call. */
  readonly history: readonly ShownPrompt[]
  /** "YYYY-MM-DD", the local day. */
  readonly today: string
}

export interface PromptOfTheDay {
  /** Null only when every prompt is hidden. */
  readonly prompt: Prompt | null
  /** Store this when it is not the same array that was passed in. */
  readonly history: readonly ShownPrompt[]
}

/**
 * Today's prompt. The same all day; across days it walks through every visible prompt once, in
 * an order that looks random but follows from the date, before any prompt repeats. Then a new
 * cycle begins, never opening with the prompt that closed the last one. Prompts added mid-cycle
 * join the current cycle; hidden ones drop out of it. History holds only the current cycle, so
 * it never grows past the size of the library.
 */
export function promptOfTheDay(input: PromptOfTheDayInput): PromptOfTheDay {
  const visible = input.prompts.filter((prompt) => input.visibleIds.has(prompt.id))
  if (visible.length === 0) return { prompt: null, history: input.history }

  const shownToday = findLast(input.history, (shown) => shown.date === input.today)
  const keptToday = shownToday && visible.find((prompt) => prompt.id === shownToday.promptId)
  if (keptToday) return { prompt: keptToday, history: input.history }

  // Today's prompt has been hidden since it was picked (or none was picked yet): choose afresh.
  const earlier = input.history.filter((shown) => shown.date !== input.today)
  let cycle = Math.max(0, ...earlier.map((shown) => shown.cycle))
  const shownThisCycle = new Set(earlier.filter((s) => s.cycle === cycle).map((s) => s.promptId))
  let candidates = visible.filter((prompt) => !shownThisCycle.has(prompt.id))
  if (candidates.length === 0) {
    cycle += 1
    const lastShown = earlier.at(-1)?.promptId
    candidates = visible.length > 1 ? visible.filter((p) => p.id !== lastShown) : visible
  }
  const prompt = candidates[hashString(`${input.today}/${cycle}`) % candidates.length] as Prompt
  const history = [
    ...earlier.filter((shown) => shown.cycle === cycle),
    { promptId: prompt.id, date: input.today, cycle },
  ]
  return { prompt, history }
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i] as T
    if (test(item)) return item
  }
  return undefined
}

/** FNV-1a: a stable, well-spread 32-bit number for a string. Not for security. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
