import type { Dashboard } from '../../domain/progress/buildDashboard'
import { countOf } from '../../domain/progress/plainNumber'
import { CountBars } from '../../ui/CountBars'

export function ThemesSection({ dashboard }: { readonly dashboard: Dashboard }) {
  const max = Math.max(0, ...dashboard.themes.map((theme) => theme.count))
  return (
    <section className="card progress-card" aria-labelledby="themes-heading">
      <h2 id="themes-heading">Entries per theme</h2>
      <p className="progress-summary">{dashboard.summary.themes}</p>
      {max > 0 && (
        <CountBars
          label="Entries per theme"
          max={max}
          bars={dashboard.themes.map((theme) => ({
            key: theme.theme ?? 'none',
            label: theme.name,
            value: theme.count,
            valueText: countOf(theme.count, 'entry', 'entries'),
          }))}
        />
      )}
    </section>
  )
}
