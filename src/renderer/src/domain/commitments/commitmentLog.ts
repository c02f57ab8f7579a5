import { fail, ok, type Result } from '@shared/result'
import { instantToLocalDate } from './calendar/instantToLocalDate'
import { isLocalDate, parseLocalDate, type DayNumber, type LocalDate } from './calendar/localDate'
import type { CommitmentLog } from './types'

/** Deterministic, so marking a day twice finds and removes the same record. */
export function commitmentLogId(commitmentId: string, date: LocalDate): string {
  return `${commitmentId}@${date}`
}

export type LogChange =
  | { readonly kind: 'added'; readonly log: CommitmentLog }
  | { readonly kind: 'removed'; readonly log: CommitmentLog }

export interface ToggledLogs {
  readonly logs: readonly CommitmentLog[]
  /** What the repository has to write or delete. */
  readonly change: LogChange
}

/**
 * Marks a day kept, or unmarks it if it already was: one click or key press either way.
 * `keptAt` is the moment of the click; with the zone it decides what "today" is, and days after
 * today cannot be marked yet.
 */
export function toggleLog(
  logs: readonly CommitmentLog[],
  commitmentId: string,
  date: LocalDate,
  keptAt: Date,
  timeZone: string,
): Result<ToggledLogs> {
  if (!isLocalDate(date)) return fail('invalid-date', 'Pick a day from the calendar to mark.')
  const existing = logs.find((log) => log.commitmentId === commitmentId && log.date === date)
  if (existing !== undefined) {
    return ok({
      logs: logs.filter((log) => log !== existing),
      change: { kind: 'removed', log: existing },
    })
  }
  if (date > instantToLocalDate(keptAt, timeZone)) {
    return fail('future-date', "That day hasn't come yet. You can mark today or any day before.")
  }
  const log: CommitmentLog = {
    id: commitmentLogId(commitmentId, date),
    commitmentId,
    date,
    keptAt: keptAt.toISOString(),
  }
  return ok({ logs: [...logs, log], change: { kind: 'added', log } })
}

/** Kept days by commitment id: built once, so statistics never rescan the logs per day. */
export type LogIndex = ReadonlyMap<string, ReadonlySet<DayNumber>>

const noDays: ReadonlySet<DayNumber> = new Set()

export function indexLogs(logs: readonly CommitmentLog[]): LogIndex {
  const index = new Map<string, Set<DayNumber>>()
  for (const log of logs) {
    const day = parseLocalDate(log.date)
    if (day === null) continue
    let days = index.get(log.commitmentId)
    if (days === undefined) {
      days = new Set()
      index.set(log.commitmentId, days)
    }
    days.add(day)
  }
  return index
}

export function keptDaysOf(index: LogIndex, commitmentId: string): ReadonlySet<DayNumber> {
  return index.get(commitmentId) ?? noDays
}
