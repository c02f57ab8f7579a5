import type { Entry, Rating } from '@renderer/domain/journal/entry'
import type { ThemeId } from '@renderer/domain/journal/themes'

export function entry(
  date: string,
  fields: {
    readonly id?: string
    readonly title?: string
    readonly mood?: Rating | null
    readonly trust?: Rating | null
    readonly theme?: ThemeId | null
    readonly flowId?: string
  } = {},
): Entry {
  return {
    id: fields.id ?? `entry-${date}`,
    kind: fields.flowId === undefined ? 'free' : 'flow',
    title: fields.title ?? '',
    body: 'Private words that no summary should repeat.',
    date,
    createdAt: `${date}T20:00:00.000Z`,
    updatedAt: `${date}T20:00:00.000Z`,
    tags: [],
    theme: fields.theme ?? null,
    mood: fields.mood ?? null,
    trust: fields.trust ?? null,
    promptId: null,
    flow: fields.flowId === undefined ? null : { flowId: fields.flowId, answers: {} },
    privateNote: '',
  }
}
