import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { ok } from '@shared/result'
import '../../src/renderer/src/ui/styles/tokens.css'
import '../../src/renderer/src/ui/styles/base.css'
import '../../src/renderer/src/ui/styles/controls.css'
import '../../src/renderer/src/ui/styles/layout.css'
import '../../src/renderer/src/ui/styles/progress.css'
import { createDashboardMemo } from '../../src/renderer/src/features/progress/dashboardMemo'
import { ProgressDashboardView } from '../../src/renderer/src/features/progress/ProgressDashboardView'
import { median, round } from '../benchTiming'
import type { BenchCase } from '../types'
import { generateProgressInput } from './progressDashboard'

const today = '2026-06-30'
const timeZone = 'Europe/London'
const runs = 7

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/**
 * The Progress screen as a person meets it right after unlock: the dashboard built from decrypted
 * records (10,000 entries, 50 agreements, 20 commitments × 2 years of days) and rendered into the
 * page, chart and heatmaps included, up to the next frame.
 */
async function renderOnce(seed: number): Promise<{ build: number; commit: number; frame: number }> {
  const input = generateProgressInput(seed)
  const memo = createDashboardMemo()
  const host = document.createElement('div')
  host.className = 'main'
  host.style.width = '1060px'
  document.body.append(host)
  const root = createRoot(host)
  const start = performance.now()
  const dashboard = memo(input, today, timeZone)
  const built = performance.now()
  flushSync(() =>
    root.render(
      createElement(ProgressDashboardView, {
        dashboard,
        isEmpty: false,
        celebration: null,
        onDefineMilestone: async () => ok(undefined),
        onReachMilestone: () => undefined,
        onUnreachMilestone: () => undefined,
        onRemoveMilestone: () => undefined,
        onWriteReflection: () => undefined,
        entryHref: (id: string) => `#/journal/${id}`,
        newEntryHref: '#/journal/new',
        agreementsHref: '#/agreements',
      }),
    ),
  )
  const committed = performance.now()
  await nextFrame()
  const framed = performance.now()
  // The memo answers a return visit without rebuilding.
  if (memo(input, today, timeZone) !== dashboard) throw new Error('dashboard memo missed')
  root.unmount()
  host.remove()
  return { build: built - start, commit: committed - built, frame: framed - start }
}

/**
 * In the app, React has already drawn the shell and the lock screen before Progress opens; a first
 * render of an unrelated tree brings the bench page to the same point, so the first measured run
 * counts the progress screen's own cold cost, not React's.
 */
async function warmReact(): Promise<void> {
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  flushSync(() =>
    root.render(
      createElement(
        'ul',
        null,
        Array.from({ length: 200 }, (_, index) => createElement('li', { key: index }, index)),
      ),
    ),
  )
  await nextFrame()
  root.unmount()
  host.remove()
}

const bench: BenchCase = {
  name: 'progress screen render',
  async run() {
    await warmReact()
    const results = []
    for (let run = 0; run < runs; run++) results.push(await renderOnce(run + 1))
    const [first, ...rest] = results
    const size = '10,000 entries, 50 agreements, 20 commitments × 2 years'
    return [
      {
        name: `progress: first render to next frame (${size})`,
        value: round(first?.frame ?? NaN),
        unit: 'ms',
        goal: '< 200 ms',
      },
      {
        name: 'progress: first render to next frame, dashboard prewarmed in idle time',
        value: round((first?.frame ?? NaN) - (first?.build ?? NaN)),
        unit: 'ms',
        goal: '< 200 ms',
      },
      {
        name: `progress: render to next frame, median of ${rest.length} more`,
        value: round(median(rest.map((r) => r.frame))),
        unit: 'ms',
        goal: '< 200 ms',
      },
      {
        name: 'progress: first render, of which buildDashboard / React render and commit',
        value: `${round(first?.build ?? NaN)} / ${round(first?.commit ?? NaN)}`,
        unit: 'ms',
      },
      {
        name: 'progress: of which buildDashboard, median',
        value: round(median(results.map((r) => r.build))),
        unit: 'ms',
      },
      {
        name: 'progress: of which React render and commit (chart drawn), median',
        value: round(median(results.map((r) => r.commit))),
        unit: 'ms',
      },
    ]
  },
}

export default bench
