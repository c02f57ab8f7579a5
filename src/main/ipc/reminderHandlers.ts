import { parseReminderTime } from '@shared/reminderTime'
import { ok } from '@shared/result'
import type { ReminderScheduler } from '@shared/reminderScheduler'
import type { MainInvokeHandlers } from './invokeContext'

export function reminderHandlers(scheduler: ReminderScheduler): MainInvokeHandlers<'reminder:set'> {
  return {
    'reminder:set': async (_context, schedule) => {
      // The schema has already checked the format, so parsing cannot fail here.
      scheduler.set(schedule === null ? null : parseReminderTime(schedule.time))
      return ok(undefined)
    },
  }
}
