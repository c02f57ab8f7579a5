import type { Theme } from '../domain/journal/themes'

export function ThemeList({ themes }: { readonly themes: readonly Theme[] }) {
  return (
    <ol className="theme-list">
      {themes.map((theme) => (
        <li key={theme.id}>
          <strong>{theme.name}</strong>
          <span className="muted"> — {theme.summary}</span>
        </li>
      ))}
    </ol>
  )
}
