import type { LocalDate } from '../commitments/calendar/localDate'
import type { ReviewNotificationSettings } from '../settings/appSettings'
import type { Agreement } from './types'
import { upcomingReviews } from './upcomingReviews'

/**
 * How many agreements a review notification should mention today, or 0 when none should be
 * shown: the setting is off, nothing is due (today or overdue, retired ones left out), or Mend
 * already notified on this local day. At most one notification a day, even if another review
 * falls due later that day: the in-app note at the top of Agreements shows the rest.
 */
export function reviewsToNotify(
  agreements: readonly Agreement[],
  today: LocalDate,
  settings: ReviewNotificationSettings,
): number {
  if (!settings.enabled || settings.lastNotifiedOn === today) return 0
  // Within 0 days: due today or already past, not merely coming up.
  return upcomingReviews(agreements, today, 0).length
}
