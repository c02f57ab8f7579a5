import { parseReminderTime } from '@shared/reminderTime'
import { ok } from '@shared/result'
import type { ReminderScheduler } from '@shared/reminderScheduler'
import type { MainInvokeHandlers } from './invokeContext'

export interface ReminderServices {
  readonly scheduler: ReminderScheduler
  /** Shows the fixed review text for this many due agreements (0 shows nothing). */
  readonly notifyReviews: (dueCount: number) => void
}

export function reminderHandlers({
  scheduler,
  notifyReviews,
}: ReminderServices): MainInvokeHandlers<'reminder:set' | 'reminder:notify-reviews'> {
  return {
    'reminder:set': async (_context, schedule) => {
      // The schema has already checked the format, so parsing cannot fail here.
      scheduler.set(schedule === null ? null : parseReminderTime(schedule.time))
      return ok(undefined)
    },
    // The schema has already limited the count to a whole number from 0 to maxReviewDueCount.
    'reminder:notify-reviews': async (_context, dueCount) => {
      notifyReviews(dueCount)
      return ok(undefined)
    },
  }
}
