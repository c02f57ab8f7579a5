import { addDays, type LocalDate } from '@renderer/domain/commitments/calendar/localDate'
import { indexLogs, type LogIndex } from '@renderer/domain/commitments/commitmentLog'
import type { Commitment, Schedule, ScheduleVersion } from '@renderer/domain/commitments/types'

export const daily: Schedule = { kind: 'daily' }

export function commitmentFrom(
  startDate: LocalDate,
  schedule: Schedule,
  later: readonly ScheduleVersion[] = [],
  id = 'walk',
): Commitment {
  return {
    id,
    title: 'Evening walk together',
    link: null,
    createdAt: `${startDate}T08:00:00.000Z`,
    updatedAt: `${startDate}T08:00:00.000Z`,
    schedules: [{ effectiveFrom: startDate, schedule }, ...later],
    archivedOn: null,
  }
}

/** Every day from `first` to `last` inclusive. */
export function daysFrom(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

export function keptOn(dates: readonly LocalDate[], commitmentId = 'walk'): LogIndex {
  return indexLogs(
    dates.map((date) => ({
      id: `${commitmentId}@${date}`,
      commitmentId,
      date,
      keptAt: `${date}T20:00:00.000Z`,
    })),
  )
}
