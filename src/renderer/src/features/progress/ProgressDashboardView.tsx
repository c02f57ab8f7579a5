import type { Result } from '@shared/result'
import type { Dashboard } from '../../domain/progress/buildDashboard'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { AgreementsKeptSection } from './AgreementsKeptSection'
import { CommitmentsKeptSection } from './CommitmentsKeptSection'
import { MilestonesSection } from './MilestonesSection'
import { MoodTrustSection } from './MoodTrustSection'
import { StepsSection } from './StepsSection'
import { ThemesSection } from './ThemesSection'

export interface ProgressDashboardViewProps {
  readonly dashboard: Dashboard
  /** Nothing written, agreed or committed yet: a brand-new journal. */
  readonly isEmpty: boolean
  readonly celebration: string | null
  readonly onDefineMilestone: (title: string) => Promise<Result<void>>
  readonly onReachMilestone: (milestoneId: string) => void
  readonly onUnreachMilestone: (milestoneId: string) => void
  readonly onRemoveMilestone: (milestoneId: string) => void
  readonly onWriteReflection: () => void
  readonly entryHref: (entryId: string) => string
  readonly newEntryHref: string
  readonly agreementsHref: string
}

/** The progress screen from a built dashboard; no state of its own beyond the chart's span. */
export function ProgressDashboardView(props: ProgressDashboardViewProps) {
  const { dashboard } = props
  const milestones = (
    <MilestonesSection
      dashboard={dashboard}
      celebration={props.celebration}
      onDefine={props.onDefineMilestone}
      onReach={props.onReachMilestone}
      onUnreach={props.onUnreachMilestone}
      onRemove={props.onRemoveMilestone}
    />
  )
  return (
    <div className="page page--progress stack">
      <PageHeader
        title="Progress"
        description="The road so far: mood and trust, agreements and commitments, steps forward and setbacks."
        actions={<Button onClick={props.onWriteReflection}>Write this week’s reflection</Button>}
      />
      {props.isEmpty ? (
        <>
          <EmptyState title="Your road starts here">
            <p>
              As you write, make agreements and keep small commitments, this page gathers them into
              one picture. There is no pace to keep.
            </p>
            <p className="row row--center">
              <a className="button" href={props.newEntryHref}>
                Write an entry
              </a>
              <a className="button" href={props.agreementsHref}>
                Make an agreement
              </a>
            </p>
          </EmptyState>
          {milestones}
        </>
      ) : (
        <>
          <MoodTrustSection dashboard={dashboard} />
          <StepsSection dashboard={dashboard} entryHref={props.entryHref} />
          {milestones}
          <CommitmentsKeptSection dashboard={dashboard} />
          <div className="grid-2 progress-pair">
            <AgreementsKeptSection dashboard={dashboard} agreementsHref={props.agreementsHref} />
            <ThemesSection dashboard={dashboard} />
          </div>
        </>
      )}
    </div>
  )
}
