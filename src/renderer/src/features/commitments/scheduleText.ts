import type { Weekday } from '../../domain/commitments/calendar/localDate'
import type { Schedule } from '../../domain/commitments/types'

export const weekdayNames: Readonly<Record<Weekday, string>> = {
  0: 'Sunday',
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
}

/** Monday first, as the weeks in Mend run. */
export const weekdaysFromMonday: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]

function listed(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "Every day", "Mondays and Thursdays", "3 times a week". */
export function scheduleText(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'daily':
      return 'Every day'
    case 'weekdays': {
      const days = weekdaysFromMonday.filter((day) => schedule.days.includes(day))
      if (days.length === 7) return 'Every day'
      if (days.length === 5 && !days.includes(0) && !days.includes(6)) return 'Monday to Friday'
      return listed(days.map((day) => `${weekdayNames[day]}s`))
    }
    case 'timesPerWeek':
      if (schedule.times === 1) return 'Once a week'
      if (schedule.times === 2) return 'Twice a week'
      return `${schedule.times} times a week`
  }
}
