/** The six themes of rebuilding trust that organise prompts, flows and entries. */
export type ThemeId =
  'communication' | 'accountability' | 'agreements' | 'consistency' | 'healing' | 'patience'

export interface Theme {
  readonly id: ThemeId
  readonly name: string
  /** One calm sentence, shown under the name. */
  readonly summary: string
}

export const themes: readonly Theme[] = [
  {
    id: 'communication',
    name: 'Open, caring conversation',
    summary:
      'Making room for honest, safe talk: saying how you feel calmly, listening to understand.',
  },
  {
    id: 'accountability',
    name: 'Owning it and apologising',
    summary: 'Naming what you did, apologising without excuses, and meaning the change.',
  },
  {
    id: 'agreements',
    name: 'Clear agreements',
    summary: 'Boundaries, routines and openness you decide on together, and revisit.',
  },
  {
    id: 'consistency',
    name: 'Consistency over time',
    summary: 'Trust comes back through small, caring actions repeated, day after day.',
  },
  {
    id: 'healing',
    name: 'Healing together',
    summary: 'Reflection, shared time and outside support that nurture the connection.',
  },
  {
    id: 'patience',
    name: 'Patience and progress',
    summary: 'Noticing small steps, and being gentle with yourself after setbacks.',
  },
]

export function themeById(id: ThemeId): Theme {
  const theme = themes.find((t) => t.id === id)
  if (!theme) throw new Error(`Unknown theme ${id}`)
  return theme
}

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && themes.some((t) => t.id === value)
}
