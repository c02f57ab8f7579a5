import { z } from 'zod'
import type { Result } from '@shared/result'
import { isLocalDate, type Weekday } from '../domain/commitments/calendar/localDate'
import { commitmentLogId } from '../domain/commitments/commitmentLog'
import type { Commitment, CommitmentLog, Schedule } from '../domain/commitments/types'
import type { RecordStore } from './types'

/**
 * Commitments are 'commitment' records. Their kept days are 'commitment-log' records, one per
 * commitment under the commitment's own id, holding every kept day: record ids are stored in plain
 * text and must never carry a date, and twenty records open far faster after unlock than the
 * 14,600 a record per day would make over two years.
 */
export interface LoadedCommitments {
  readonly commitments: readonly Commitment[]
  /** Kept days of every commitment, including any whose commitment record is damaged. */
  readonly logs: readonly CommitmentLog[]
  readonly damagedIds: readonly string[]
}

const localDate = z.string().refine(isLocalDate)
const instant = z.iso.datetime({ offset: true })
const weekday = z.custom<Weekday>(
  (day) => Number.isInteger(day) && Number(day) >= 0 && Number(day) <= 6,
)

const schedule: z.ZodType<Schedule> = z.union([
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekdays'), days: z.array(weekday).min(1) }),
  z.object({ kind: z.literal('timesPerWeek'), times: z.number().int().min(1).max(7) }),
])

const commitmentFields = z.looseObject({
  title: z.string(),
  link: z
    .union([
      z.object({ kind: z.literal('agreement'), agreementId: z.string() }),
      z.object({ kind: z.literal('repair-step'), apologyId: z.string(), stepId: z.string() }),
      z.null(),
    ])
    .catch(null),
  createdAt: instant,
  updatedAt: instant,
  schedules: z.array(z.object({ effectiveFrom: localDate, schedule })).min(1),
  archivedOn: localDate.nullable().catch(null),
})

export function parseCommitmentPayload(recordId: string, payload: unknown): Commitment | null {
  const parsed = commitmentFields.safeParse(payload)
  return parsed.success ? { ...parsed.data, id: recordId } : null
}

interface KeptDay {
  readonly date: string
  readonly keptAt: string
}

/**
 * The kept days in a 'commitment-log' payload. Checked by hand rather than with zod: two years of
 * twenty daily commitments is 14,600 days to read right after unlock. A malformed day is skipped.
 */
export function parseCommitmentLogPayload(
  commitmentId: string,
  payload: unknown,
): CommitmentLog[] | null {
  const kept = (payload as { kept?: unknown } | null)?.kept
  if (!Array.isArray(kept)) return null
  const logs: CommitmentLog[] = []
  for (const item of kept as unknown[]) {
    const { date, keptAt } = (item ?? {}) as Partial<Record<keyof KeptDay, unknown>>
    if (!isLocalDate(date) || typeof keptAt !== 'string') continue
    logs.push({ id: commitmentLogId(commitmentId, date), commitmentId, date, keptAt })
  }
  return logs
}

export class CommitmentRepository {
  constructor(private readonly records: RecordStore) {}

  async loadAll(): Promise<LoadedCommitments> {
    const [openedCommitments, openedLogs] = await Promise.all([
      this.records.list<unknown>('commitment'),
      this.records.list<unknown>('commitment-log'),
    ])
    const commitments: Commitment[] = []
    const logs: CommitmentLog[] = []
    const damagedIds: string[] = []
    for (const record of openedCommitments) {
      const commitment =
        record.status === 'ok' ? parseCommitmentPayload(record.id, record.payload) : null
      if (commitment === null) damagedIds.push(record.id)
      else commitments.push(commitment)
    }
    for (const record of openedLogs) {
      const kept =
        record.status === 'ok' ? parseCommitmentLogPayload(record.id, record.payload) : null
      if (kept === null) damagedIds.push(record.id)
      else logs.push(...kept)
    }
    return { commitments, logs, damagedIds }
  }

  save(commitment: Commitment): Promise<Result<void>> {
    const { id, ...payload } = commitment
    return this.records.put('commitment', id, payload)
  }

  /** Writes every kept day of one commitment, replacing what was stored. */
  saveLogs(commitmentId: string, logs: readonly CommitmentLog[]): Promise<Result<void>> {
    const kept: KeptDay[] = logs
      .filter((log) => log.commitmentId === commitmentId)
      .map((log) => ({ date: log.date, keptAt: log.keptAt }))
    return this.records.put('commitment-log', commitmentId, { kept })
  }
}
