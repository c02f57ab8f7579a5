import type { LocalDate } from '../commitments/calendar/localDate'
import type { Entry } from '../journal/entry'
import { setbackFlowId } from './flowIds'
import { milestoneReachedOn, type Milestone } from './milestone'

/** A dated mark on the mood and trust chart: steps forward and setbacks, side by side. */
export interface TimelineMarker {
  readonly date: LocalDate
  readonly kind: 'milestone' | 'setback'
  /** The milestone's or the entry's id. */
  readonly id: string
  readonly label: string
}

function byDate(a: TimelineMarker, b: TimelineMarker): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
}

/** Entries written with the After-a-setback flow, oldest first. */
export function setbackMarkers(entries: readonly Entry[]): readonly TimelineMarker[] {
  const markers: TimelineMarker[] = []
  for (const entry of entries) {
    if (entry.flow?.flowId !== setbackFlowId) continue
    markers.push({
      date: entry.date,
      kind: 'setback',
      id: entry.id,
      label: entry.title || 'A setback',
    })
  }
  return markers.sort(byDate)
}

/** Reached milestones on the day they were reached, oldest first. */
export function milestoneMarkers(
  milestones: readonly Milestone[],
  timeZone: string,
): readonly TimelineMarker[] {
  const markers: TimelineMarker[] = []
  for (const milestone of milestones) {
    const date = milestoneReachedOn(milestone, timeZone)
    if (date === null) continue
    markers.push({
      date,
      kind: 'milestone',
      id: milestone.id,
      label: milestone.title,
    })
  }
  return markers.sort(byDate)
}

/** Both kinds together, oldest first; on the same day milestones come first (stable sort). */
export function timelineMarkers(
  milestones: readonly TimelineMarker[],
  setbacks: readonly TimelineMarker[],
): readonly TimelineMarker[] {
  return [...milestones, ...setbacks].sort(byDate)
}
