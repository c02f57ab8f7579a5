import { addDays, type LocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import type { RecentKept } from '../commitments/recentKept'
import type { AgreementsOverview } from './agreementsOverview'
import { countOf, oneDecimal, wholeNumber } from './plainNumber'
import type { ThemeCount } from './themeCounts'
import type { TimelineMarker } from './timeline'

export function themesSentence(counts: readonly ThemeCount[]): string {
  const total = counts.reduce((sum, item) => sum + item.count, 0)
  if (total === 0) return 'No entries yet. This chart will show which themes you write about.'
  const top = counts
    .filter((item) => item.theme !== null && item.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 2)
    .map((item) => `“${item.name}” (${wholeNumber(item.count)})`)
  const lead = `${countOf(total, 'entry', 'entries')} in all.`
  if (top.length === 0) return `${lead} None has a theme yet.`
  if (top.length === 1) return `${lead} Most are about ${top[0]}.`
  return `${lead} Most are about ${top[0]}, then ${top[1]}.`
}

export function agreementsSentence(overview: AgreementsOverview): string {
  const inPlace = overview.active + overview.toRevisit
  if (inPlace === 0) return 'No agreements in place yet.'
  const parts = [`${countOf(overview.active, 'agreement')} active`]
  if (overview.toRevisit > 0) parts.push(`${wholeNumber(overview.toRevisit)} to revisit`)
  const rating =
    overview.recentAverageRating === null
      ? 'No check-ins in the last 28 days.'
      : `Check-ins in the last 28 days rated them ${oneDecimal(overview.recentAverageRating)} out of 5 on average.`
  return `${parts.join(', ')}. ${rating}`
}

export function commitmentsSentence(overall: RecentKept, commitmentCount: number): string {
  if (commitmentCount === 0) return 'No commitments yet.'
  if (overall.due === 0) return `Nothing was planned in the last ${overall.days} days.`
  return `Across your commitments, you kept ${wholeNumber(overall.kept)} of ${countOf(overall.due, 'planned time')} in the last ${overall.days} days.`
}

export function milestonesSentence(defined: number, reached: readonly TimelineMarker[]): string {
  if (defined === 0) return 'No milestones yet. You can name one whenever you like.'
  const latest = reached[reached.length - 1]
  if (latest === undefined) return `${countOf(defined, 'milestone')} named, none reached yet.`
  return `${wholeNumber(reached.length)} of ${countOf(defined, 'milestone')} reached. Most recently “${latest.label}”, on ${readableDate(latest.date)}.`
}

/**
 * Setbacks are named plainly and placed beside the steps forward, never scored. What is counted
 * is the work of looking at one ("worked through"), not the slip, so the line never reads as a
 * tally of failures.
 */
export function setbacksSentence(setbacks: readonly TimelineMarker[], today: LocalDate): string {
  if (setbacks.length === 0) return 'No setbacks written about.'
  const since = addDays(today, -27)
  const recent = setbacks.filter((marker) => marker.date >= since && marker.date <= today).length
  const total = `${countOf(setbacks.length, 'setback')} worked through in all, marked beside your milestones.`
  if (recent === 0) return `None in the last 28 days; ${total}`
  return `You worked through ${countOf(recent, 'setback')} in the last 28 days; ${total}`
}
