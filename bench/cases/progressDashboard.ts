import type {
  Agreement,
  AgreementKind,
  AgreementStatus,
} from '../../src/renderer/src/domain/agreements/types'
import {
  addDays,
  type LocalDate,
  type Weekday,
} from '../../src/renderer/src/domain/commitments/calendar/localDate'
import type {
  Commitment,
  CommitmentLog,
  Schedule,
} from '../../src/renderer/src/domain/commitments/types'
import type { Entry, Rating } from '../../src/renderer/src/domain/journal/entry'
import { themes, type ThemeId } from '../../src/renderer/src/domain/journal/themes'
import {
  buildDashboard,
  type DashboardInput,
} from '../../src/renderer/src/domain/progress/buildDashboard'
import { dailyCheckInFlowId, setbackFlowId } from '../../src/renderer/src/domain/progress/flowIds'
import type { Milestone } from '../../src/renderer/src/domain/progress/milestone'
import { weeklyReflectionDraft } from '../../src/renderer/src/domain/progress/weeklyReflectionDraft'
import type { BenchCase, BenchRow } from '../types'

const today: LocalDate = '2026-06-30'
const timeZone = 'Europe/London'
const days = 730
const firstDay = addDays(today, -(days - 1))

/** Small deterministic PRNG (a 32-bit xorshift): the same journal on every run and machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 4294967296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function rating(random: () => number): Rating {
  return (1 + Math.floor(random() * 5)) as Rating
}

function instant(date: LocalDate, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`
}

function generateEntries(random: () => number, count: number): Entry[] {
  const themeIds: (ThemeId | null)[] = [...themes.map((theme) => theme.id), null]
  return Array.from({ length: count }, (_, index) => {
    const date = addDays(firstDay, Math.floor((index * days) / count))
    const roll = random()
    const flowId = roll < 0.03 ? setbackFlowId : roll < 0.13 ? dailyCheckInFlowId : null
    return {
      id: `entry-${index}`,
      kind: flowId === null ? 'free' : 'flow',
      title: `Entry ${index}`,
      body: 'A few quiet paragraphs about the day.',
      date,
      createdAt: instant(date, 20),
      updatedAt: instant(date, 20),
      tags: [],
      theme: pick(random, themeIds),
      mood: random() < 0.7 ? rating(random) : null,
      trust: random() < 0.7 ? rating(random) : null,
      promptId: null,
      flow: flowId === null ? null : { flowId, answers: {} },
      privateNote: '',
    }
  })
}

function generateAgreements(random: () => number, count: number): Agreement[] {
  const kinds: AgreementKind[] = ['boundary', 'routine', 'transparency', 'check-in', 'other']
  const statuses: AgreementStatus[] = ['active', 'active', 'active', 'to-revisit', 'retired']
  return Array.from({ length: count }, (_, index) => {
    const startDate = addDays(firstDay, Math.floor(random() * (days - 60)))
    const checkIns = Array.from({ length: 20 }, (_, n) => {
      const date = addDays(startDate, n * 3)
      return {
        id: `a${index}-c${n}`,
        date,
        rating: rating(random),
        note: '',
        createdAt: instant(date, 21),
      }
    })
    return {
      id: `agreement-${index}`,
      kind: pick(random, kinds),
      title: `Agreement ${index}`,
      whatIWillDo: 'My part.',
      whatMyPartnerWillDo: 'Their part.',
      whyItMatters: 'Why it matters.',
      startDate,
      reviewDate: addDays(startDate, 28 + Math.floor(random() * 400)),
      status: pick(random, statuses),
      retiredNote: null,
      checkIns,
      createdAt: instant(startDate, 9),
      updatedAt: instant(startDate, 9),
    }
  })
}

function generateCommitments(random: () => number, count: number): Commitment[] {
  const schedules: Schedule[] = [
    { kind: 'daily' },
    { kind: 'weekdays', days: [1, 3, 5] as Weekday[] },
    { kind: 'timesPerWeek', times: 3 },
  ]
  return Array.from({ length: count }, (_, index) => {
    // Every third commitment changed its schedule half-way through.
    const later =
      index % 3 === 0
        ? [{ effectiveFrom: addDays(firstDay, 365), schedule: pick(random, schedules) }]
        : []
    return {
      id: `commitment-${index}`,
      title: `Commitment ${index}`,
      link: null,
      createdAt: instant(firstDay, 9),
      updatedAt: instant(firstDay, 9),
      schedules: [{ effectiveFrom: firstDay, schedule: pick(random, schedules) }, ...later],
      archivedOn: null,
    }
  })
}

function generateLogs(random: () => number, commitments: readonly Commitment[]): CommitmentLog[] {
  const logs: CommitmentLog[] = []
  for (const commitment of commitments) {
    for (let day = 0; day < days; day++) {
      if (random() < 0.2) continue
      const date = addDays(firstDay, day)
      logs.push({
        id: `${commitment.id}@${date}`,
        commitmentId: commitment.id,
        date,
        keptAt: instant(date, 19),
      })
    }
  }
  return logs
}

function generateMilestones(random: () => number, count: number): Milestone[] {
  return Array.from({ length: count }, (_, index) => {
    const reachedOn = random() < 0.5 ? addDays(firstDay, Math.floor(random() * days)) : null
    return {
      id: `milestone-${index}`,
      title: `Milestone ${index}`,
      createdAt: instant(firstDay, 9),
      reachedAt: reachedOn === null ? null : instant(reachedOn, 18),
      reachedOn,
    }
  })
}

/** The size the issue names: 10,000 entries, 50 agreements, 20 commitments logged for 2 years. */
export function generateProgressInput(seed: number): DashboardInput {
  const random = seeded(seed)
  const commitments = generateCommitments(random, 20)
  return {
    entries: generateEntries(random, 10_000),
    agreements: generateAgreements(random, 50),
    commitments,
    commitmentLogs: generateLogs(random, commitments),
    milestones: generateMilestones(random, 20),
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

const runs = 9

export const progressDashboardBench: BenchCase = {
  name: 'progress dashboard',
  async run(): Promise<readonly BenchRow[]> {
    const input = generateProgressInput(7)
    // A fresh copy per run, as after an unlock, so nothing cached on the records helps.
    const copies = Array.from({ length: runs + 1 }, () => structuredClone(input))
    const dashboardMs: number[] = []
    for (const copy of copies) {
      const start = performance.now()
      buildDashboard(copy, today, timeZone)
      dashboardMs.push(performance.now() - start)
    }
    const reflectionMs: number[] = []
    for (const copy of copies.slice(1)) {
      const start = performance.now()
      weeklyReflectionDraft(today, { ...copy, today, timeZone })
      reflectionMs.push(performance.now() - start)
    }
    const size = '10,000 entries, 50 agreements, 20 commitments × 2 years of logs'
    return [
      {
        name: `progress: buildDashboard first run (${size})`,
        value: round(dashboardMs[0] ?? NaN),
        unit: 'ms',
        goal: '< 50 ms',
      },
      {
        name: `progress: buildDashboard median of ${runs} more`,
        value: round(median(dashboardMs.slice(1))),
        unit: 'ms',
        goal: '< 50 ms',
      },
      {
        name: 'progress: weeklyReflectionDraft median',
        value: round(median(reflectionMs)),
        unit: 'ms',
        goal: '< 50 ms',
      },
    ]
  },
}

export default progressDashboardBench
