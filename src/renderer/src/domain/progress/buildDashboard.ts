import type { Agreement } from '../agreements/types'
import type { LocalDate } from '../commitments/calendar/localDate'
import { indexLogs } from '../commitments/commitmentLog'
import type { Commitment, CommitmentLog } from '../commitments/types'
import type { Entry } from '../journal/entry'
import { agreementsOverview, type AgreementsOverview } from './agreementsOverview'
import { commitmentsOverview, type CommitmentsOverview } from './commitmentsOverview'
import {
  agreementsSentence,
  commitmentsSentence,
  milestonesSentence,
  setbacksSentence,
  themesSentence,
} from './dashboardSummary'
import type { Milestone } from './milestone'
import { ratingSentence } from './ratingSentence'
import { moodAndTrustSeries, type RatingSeries } from './ratingSeries'
import { entriesPerTheme, type ThemeCount } from './themeCounts'
import { milestoneMarkers, setbackMarkers, timelineMarkers, type TimelineMarker } from './timeline'

export interface DashboardInput {
  readonly entries: readonly Entry[]
  readonly agreements: readonly Agreement[]
  readonly commitments: readonly Commitment[]
  readonly commitmentLogs: readonly CommitmentLog[]
  readonly milestones: readonly Milestone[]
}

/** Text alternatives, one per chart or card: plain sentences a screen reader can speak. */
export interface DashboardSummary {
  readonly mood: string
  readonly trust: string
  readonly themes: string
  readonly agreements: string
  readonly commitments: string
  readonly milestones: string
  readonly setbacks: string
}

export interface Dashboard {
  readonly today: LocalDate
  readonly mood: RatingSeries
  readonly trust: RatingSeries
  readonly themes: readonly ThemeCount[]
  readonly agreements: AgreementsOverview
  readonly commitments: CommitmentsOverview
  readonly milestones: {
    /** Reached, oldest first, dated in the person's zone. */
    readonly reached: readonly TimelineMarker[]
    /** Not reached yet, in the order given. */
    readonly open: readonly Milestone[]
  }
  readonly setbacks: readonly TimelineMarker[]
  /** Milestones and setbacks together, oldest first, for the mood and trust chart. */
  readonly timeline: readonly TimelineMarker[]
  readonly summary: DashboardSummary
}

/** Everything the progress screen shows, from decrypted records. Linear in the records given. */
export function buildDashboard(
  input: DashboardInput,
  today: LocalDate,
  timeZone: string,
): Dashboard {
  const { mood, trust } = moodAndTrustSeries(input.entries)
  const themes = entriesPerTheme(input.entries)
  const agreements = agreementsOverview(input.agreements, today)
  const commitments = commitmentsOverview(input.commitments, indexLogs(input.commitmentLogs), today)
  const reached = milestoneMarkers(input.milestones, timeZone)
  const setbacks = setbackMarkers(input.entries)
  return {
    today,
    mood,
    trust,
    themes,
    agreements,
    commitments,
    milestones: {
      reached,
      open: input.milestones.filter((milestone) => milestone.reachedAt === null),
    },
    setbacks,
    timeline: timelineMarkers(reached, setbacks),
    summary: {
      mood: ratingSentence(mood, 'mood', today),
      trust: ratingSentence(trust, 'trust', today),
      themes: themesSentence(themes),
      agreements: agreementsSentence(agreements),
      commitments: commitmentsSentence(commitments.overall, input.commitments.length),
      milestones: milestonesSentence(input.milestones.length, reached),
      setbacks: setbacksSentence(setbacks, today),
    },
  }
}
