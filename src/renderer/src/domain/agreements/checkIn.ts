import { fail, ok, type Result } from '@shared/result'
import { isLocalDate, type LocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import type { Rating } from '../journal/entry'
import type { Agreement } from './types'

export interface CheckInInput {
  readonly date: LocalDate
  readonly rating: number
  readonly note: string
}

function isRating(value: number): value is Rating {
  return Number.isInteger(value) && value >= 1 && value <= 5
}

/** Adds "how did this go?" to the agreement's log, kept in date order. */
export function addCheckIn(
  agreement: Agreement,
  input: CheckInInput,
  id: string,
  now: Date,
): Result<Agreement> {
  if (agreement.status === 'retired') {
    return fail(
      'agreement-retired',
      'This agreement is retired. Make it active again if you want to add a check-in.',
    )
  }
  if (!isLocalDate(input.date))
    return fail('invalid-check-in', 'Pick the day this check-in is about.')
  if (input.date < agreement.startDate) {
    return fail(
      'invalid-check-in',
      `This agreement started on ${readableDate(agreement.startDate)}. Pick that day or a later one.`,
    )
  }
  if (!isRating(input.rating)) {
    return fail('invalid-check-in', 'Choose a rating from 1 to 5 for how it went.')
  }
  const checkIn = {
    id,
    date: input.date,
    rating: input.rating,
    note: input.note.trim(),
    createdAt: now.toISOString(),
  }
  // Stable sort: two check-ins on one day stay in the order they were written.
  const checkIns = [...agreement.checkIns, checkIn].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )
  return ok({ ...agreement, checkIns, updatedAt: now.toISOString() })
}

export function removeCheckIn(agreement: Agreement, checkInId: string, now: Date): Agreement {
  return {
    ...agreement,
    checkIns: agreement.checkIns.filter((checkIn) => checkIn.id !== checkInId),
    updatedAt: now.toISOString(),
  }
}
