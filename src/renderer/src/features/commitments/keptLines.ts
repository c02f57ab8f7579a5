import { toDayNumber, type LocalDate } from '../../domain/commitments/calendar/localDate'
import { planOf } from '../../domain/commitments/commitmentPlan'
import { recentKeptSentence, type RecentKept } from '../../domain/commitments/recentKept'
import type { Commitment } from '../../domain/commitments/types'
import type { WeekSoFar } from '../../domain/commitments/weekSoFar'
import type { WeeksKept } from '../../domain/commitments/weeksKept'

/**
 * "Kept 23 of the last 28 days.", or a welcome while nothing has been asked yet. Days kept that
 * the plan did not ask for are left out of the count (a kindness, not a debt), but while nothing
 * was asked they are the whole story, and pressing "Kept today" must visibly count for something.
 */
export function recentLine(
  commitment: Commitment,
  recent: RecentKept,
  today: LocalDate,
  keptDaysInWindow = 0,
): string {
  if (recent.kept === 0 && keptDaysInWindow > 0) {
    return `Kept on ${daysText(keptDaysInWindow)} it did not ask for: extra, and noticed.`
  }
  if (recent.due === 0 && planOf(commitment).firstDay >= toDayNumber(today) - 1) {
    return 'Just begun. Each day you keep it will show here.'
  }
  return recentKeptSentence(recent)
}

/** "9 of 11 weeks kept." Nothing while no week has been counted yet. */
export function weeksLine(weeks: WeeksKept): string | null {
  if (weeks.counted === 0) return null
  const noun = weeks.counted === 1 ? 'week' : 'weeks'
  return `${weeks.kept} of ${weeks.counted} ${noun} kept.`
}

function daysText(count: number): string {
  return count === 1 ? '1 day' : `${count} days`
}

/**
 * This week, counting only the days that have come and naming the rest as still to come:
 * "1 kept this week · 3 days still to come." A week that has only begun is no one's failure.
 */
export function thisWeekLine(week: WeekSoFar): string | null {
  if (week.due === 0) return null
  if (week.met) return 'This week’s plan is met.'
  if (week.daysToCome === 0) return `${week.kept} of ${week.due} kept this week.`
  const toCome = `${daysText(week.daysToCome)} still to come`
  if (week.missedDays > 0) {
    return `${week.kept} of ${week.kept + week.missedDays} kept so far this week · ${toCome}.`
  }
  if (week.kept > 0) return `${week.kept} kept this week · ${toCome}.`
  return `${toCome} this week.`
}
