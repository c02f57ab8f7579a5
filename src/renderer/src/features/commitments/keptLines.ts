import { toDayNumber, type LocalDate } from '../../domain/commitments/calendar/localDate'
import { planOf } from '../../domain/commitments/commitmentPlan'
import { recentKeptSentence, type RecentKept } from '../../domain/commitments/recentKept'
import type { Commitment } from '../../domain/commitments/types'
import type { WeeksKept } from '../../domain/commitments/weeksKept'

/** "Kept 23 of the last 28 days.", or a welcome while nothing has been asked yet. */
export function recentLine(commitment: Commitment, recent: RecentKept, today: LocalDate): string {
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

/** This week against its whole plan, said without pressure. */
export function thisWeekLine(weeks: WeeksKept): string | null {
  const { thisWeek } = weeks
  if (thisWeek.due === 0) return null
  if (thisWeek.met) return 'This week’s plan is met.'
  return `This week so far: ${thisWeek.kept} of ${thisWeek.due}.`
}
