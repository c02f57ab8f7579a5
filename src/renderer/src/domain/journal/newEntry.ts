import type { Entry, EntryKind, FlowAnswers, Rating } from './entry'
import { isValidDateString, toLocalDateString } from './localDate'
import { normaliseTags } from './normaliseTags'
import type { ThemeId } from './themes'

export interface NewEntryInput {
  /** From the caller's id generator. */
  readonly id: string
  /** The moment of creation; sets createdAt, updatedAt and (by default) the date. */
  readonly now: Date
  /** "YYYY-MM-DD"; defaults to the local day of `now`. */
  readonly date?: string
  readonly kind?: EntryKind
  readonly title?: string
  readonly body?: string
  readonly tags?: readonly string[]
  readonly theme?: ThemeId | null
  readonly mood?: Rating | null
  readonly trust?: Rating | null
  readonly promptId?: string | null
  readonly flow?: { readonly flowId: string; readonly answers: FlowAnswers } | null
  readonly privateNote?: string
}

/**
 * A fresh entry. The kind follows from what started it unless given: a prompt makes 'prompt',
 * a flow makes 'flow'. Throws on an impossible date, which is a bug in the caller: the editor
 * checks dates with isValidDateString first.
 */
export function newEntry(input: NewEntryInput): Entry {
  const date = input.date ?? toLocalDateString(input.now)
  if (!isValidDateString(date)) throw new RangeError(`newEntry: invalid date ${date}`)
  const instant = input.now.toISOString()
  const promptId = input.promptId ?? null
  const flow = input.flow ?? null
  return {
    id: input.id,
    kind: input.kind ?? (flow ? 'flow' : promptId ? 'prompt' : 'free'),
    title: input.title ?? '',
    body: input.body ?? '',
    date,
    createdAt: instant,
    updatedAt: instant,
    tags: normaliseTags(input.tags ?? []),
    theme: input.theme ?? null,
    mood: input.mood ?? null,
    trust: input.trust ?? null,
    promptId,
    flow,
    privateNote: input.privateNote ?? '',
  }
}
