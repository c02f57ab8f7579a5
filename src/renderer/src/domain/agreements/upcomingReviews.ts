import { daysBetween, type LocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import type { Agreement } from './types'

export interface ReviewReminder {
  readonly agreementId: string
  readonly title: string
  readonly reviewDate: LocalDate
  /** Negative when the review date has passed. */
  readonly daysUntil: number
}

/**
 * Agreements (not retired) whose review date is within `withinDays` of today, overdue ones
 * included, soonest first (ties keep the order given).
 */
export function upcomingReviews(
  agreements: readonly Agreement[],
  today: LocalDate,
  withinDays: number,
): readonly ReviewReminder[] {
  return agreements
    .filter((agreement) => agreement.status !== 'retired')
    .map((agreement) => ({
      agreementId: agreement.id,
      title: agreement.title,
      reviewDate: agreement.reviewDate,
      daysUntil: daysBetween(today, agreement.reviewDate),
    }))
    .filter((reminder) => reminder.daysUntil <= withinDays)
    .sort((a, b) => a.daysUntil - b.daysUntil)
}

/**
 * In-app line, e.g. "“Phone-free dinners” is due for review in 3 days." Never for notifications,
 * which carry a count only (src/shared/reviewNotification.ts).
 */
export function reviewReminderLine(reminder: ReviewReminder): string {
  const title = `“${reminder.title}”`
  if (reminder.daysUntil === 0) return `${title} is due for review today.`
  if (reminder.daysUntil === 1) return `${title} is due for review tomorrow.`
  if (reminder.daysUntil > 1) return `${title} is due for review in ${reminder.daysUntil} days.`
  return `${title} was due for review on ${readableDate(reminder.reviewDate)}, whenever you are both ready.`
}
