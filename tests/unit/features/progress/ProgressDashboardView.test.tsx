// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { ok } from '@shared/result'
import { buildDashboard } from '@renderer/domain/progress/buildDashboard'
import { newEntry } from '@renderer/domain/journal/newEntry'
import type { Rating } from '@renderer/domain/journal/entry'
import { ProgressDashboardView } from '@renderer/features/progress/ProgressDashboardView'
import { heatLevel } from '@renderer/ui/Heatmap'

// jsdom has no canvas; the chart's own drawing is covered by the e2e suite.
vi.mock('@renderer/ui/TrustChart', () => ({
  TrustChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}))

afterEach(cleanup)

const today = '2026-03-06'
const entries = ['2026-02-24', '2026-03-02', '2026-03-04'].map((date, index) =>
  newEntry({
    id: `e${index}`,
    now: new Date(`${date}T20:00:00Z`),
    date,
    mood: (index + 2) as Rating,
    trust: (index + 1) as Rating,
    theme: 'consistency',
  }),
)

function view(overrides: Partial<Parameters<typeof ProgressDashboardView>[0]> = {}) {
  const milestones = [
    {
      id: 'm1',
      title: 'A weekend away',
      createdAt: '2026-03-01T10:00:00.000Z',
      reachedAt: null,
      reachedOn: null,
    },
  ]
  const dashboard = buildDashboard(
    { entries, agreements: [], commitments: [], commitmentLogs: [], milestones },
    today,
    'UTC',
  )
  return render(
    <ProgressDashboardView
      dashboard={dashboard}
      isEmpty={false}
      celebration={null}
      onDefineMilestone={async () => ok(undefined)}
      onReachMilestone={() => undefined}
      onUnreachMilestone={() => undefined}
      onRemoveMilestone={() => undefined}
      onWriteReflection={() => undefined}
      entryHref={(id) => `#/journal/${id}`}
      newEntryHref="#/journal/new"
      agreementsHref="#/agreements"
      {...overrides}
    />,
  )
}

describe('ProgressDashboardView', () => {
  it('gives the chart a name and the dashboard’s sentences as its text alternative', () => {
    view()
    const chart = screen.getByRole('region', { name: 'Mood and trust over time' })
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toMatch(/Described below/)
    expect(chart.textContent).toContain(
      'Your mood rating averaged 3.5 this week, up from 2.0 the week before.',
    )
    expect(chart.textContent).toContain('Your trust rating averaged 2.5 this week')
  })

  it('keeps the weekly numbers in a table for screen readers', () => {
    view()
    const table = screen.getByRole('table', { name: /Weekly averages of mood and trust/ })
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent)
    expect(rows).toEqual(['Week startingMoodTrust', '23 February 20262.01.0', '2 March 20263.52.5'])
  })

  it('offers every open milestone to mark reached, and says the warm sentence aloud', () => {
    view({ celebration: 'You reached “A weekend away”.' })
    expect(screen.getByRole('button', { name: 'Mark “A weekend away” reached' })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('You reached “A weekend away”.')
  })

  it('welcomes a brand-new journal without empty charts', () => {
    view({ isEmpty: true })
    expect(screen.getByRole('heading', { name: 'Your road starts here' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Mood and trust over time' })).toBeNull()
    expect(screen.getByRole('region', { name: 'Milestones' })).toBeTruthy()
  })
})

describe('heatLevel', () => {
  const cell = { date: '2026-03-04', due: 2, kept: 1, extra: 0, ratio: 0.5 }
  it('shades by how much of the plan was kept, and never marks the future or an unkept today', () => {
    expect(heatLevel(cell, today)).toBe('most')
    expect(heatLevel({ ...cell, kept: 0, ratio: 0 }, today)).toBe('none')
    expect(heatLevel({ ...cell, kept: 2, ratio: 1 }, today)).toBe('all')
    expect(heatLevel({ ...cell, date: '2026-03-07' }, today)).toBe('future')
    expect(heatLevel({ ...cell, date: today, due: 0, kept: 0, ratio: null }, today)).toBe('open')
    expect(heatLevel({ ...cell, due: 0, kept: 0, extra: 1, ratio: null }, today)).toBe('extra')
  })
})
