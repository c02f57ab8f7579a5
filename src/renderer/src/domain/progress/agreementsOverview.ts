import { addDays, type LocalDate } from '../commitments/calendar/localDate'
import { upcomingReviews } from '../agreements/upcomingReviews'
import type { Agreement, AgreementStatus } from '../agreements/types'

export interface AgreementOverview {
  readonly id: string
  readonly title: string
  readonly status: AgreementStatus
  readonly checkIns: number
  /** Mean check-in rating, or null before the first check-in. */
  readonly averageRating: number | null
}

export interface AgreementsOverview {
  readonly active: number
  readonly toRevisit: number
  readonly retired: number
  /** Mean rating of all check-ins of agreements still in place. */
  readonly averageRating: number | null
  /** The same over the last 28 days. */
  readonly recentAverageRating: number | null
  readonly recentCheckIns: number
  /** Reviews due within a week, overdue ones included. */
  readonly reviewsDue: number
  /** Agreements still in place, in the order given. */
  readonly agreements: readonly AgreementOverview[]
}

function mean(sum: number, count: number): number | null {
  return count === 0 ? null : sum / count
}

export function agreementsOverview(
  agreements: readonly Agreement[],
  today: LocalDate,
): AgreementsOverview {
  const recentFrom = addDays(today, -27)
  const counts: Record<AgreementStatus, number> = { active: 0, 'to-revisit': 0, retired: 0 }
  let sum = 0
  let count = 0
  let recentSum = 0
  let recentCount = 0
  const current: AgreementOverview[] = []
  for (const agreement of agreements) {
    counts[agreement.status]++
    if (agreement.status === 'retired') continue
    let ownSum = 0
    for (const checkIn of agreement.checkIns) {
      ownSum += checkIn.rating
      if (checkIn.date >= recentFrom && checkIn.date <= today) {
        recentSum += checkIn.rating
        recentCount++
      }
    }
    sum += ownSum
    count += agreement.checkIns.length
    current.push({
      id: agreement.id,
      title: agreement.title,
      status: agreement.status,
      checkIns: agreement.checkIns.length,
      averageRating: mean(ownSum, agreement.checkIns.length),
    })
  }
  return {
    active: counts.active,
    toRevisit: counts['to-revisit'],
    retired: counts.retired,
    averageRating: mean(sum, count),
    recentAverageRating: mean(recentSum, recentCount),
    recentCheckIns: recentCount,
    reviewsDue: upcomingReviews(agreements, today, 7).length,
    agreements: current,
  }
}
