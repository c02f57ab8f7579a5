import type { Entry } from '../journal/entry'
import { themes, type ThemeId } from '../journal/themes'

export interface ThemeCount {
  /** null for entries without a theme. */
  readonly theme: ThemeId | null
  readonly name: string
  readonly count: number
}

/** Entries per theme, in the themes' own order, then those without a theme. Zeros included. */
export function entriesPerTheme(entries: readonly Entry[]): readonly ThemeCount[] {
  const counts = new Map<ThemeId | null, number>()
  for (const entry of entries) counts.set(entry.theme, (counts.get(entry.theme) ?? 0) + 1)
  return [
    ...themes.map((theme) => ({
      theme: theme.id,
      name: theme.name,
      count: counts.get(theme.id) ?? 0,
    })),
    { theme: null, name: 'No theme', count: counts.get(null) ?? 0 },
  ]
}
