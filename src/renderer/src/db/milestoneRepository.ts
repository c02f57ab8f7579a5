import { z } from 'zod'
import type { Result } from '@shared/result'
import { isLocalDate } from '../domain/commitments/calendar/localDate'
import type { Milestone } from '../domain/progress/milestone'
import type { RecordStore } from './types'

export interface LoadedMilestones {
  readonly milestones: readonly Milestone[]
  readonly damagedIds: readonly string[]
}

const instant = z.iso.datetime({ offset: true })

const milestoneFields = z.looseObject({
  title: z.string(),
  createdAt: instant,
  reachedAt: instant.nullable().catch(null),
  reachedOn: z.string().refine(isLocalDate).nullable().catch(null),
})

export function parseMilestonePayload(recordId: string, payload: unknown): Milestone | null {
  const parsed = milestoneFields.safeParse(payload)
  if (!parsed.success) return null
  const { reachedAt, reachedOn } = parsed.data
  // A day without its instant would read as reached and not reached at once; the instant decides.
  return { ...parsed.data, id: recordId, reachedOn: reachedAt === null ? null : reachedOn }
}

/** Milestones as encrypted 'milestone' records: the whole Milestone, minus its id. */
export class MilestoneRepository {
  constructor(private readonly records: RecordStore) {}

  async loadAll(): Promise<LoadedMilestones> {
    const opened = await this.records.list<unknown>('milestone')
    const milestones: Milestone[] = []
    const damagedIds: string[] = []
    for (const record of opened) {
      const milestone =
        record.status === 'ok' ? parseMilestonePayload(record.id, record.payload) : null
      if (milestone === null) damagedIds.push(record.id)
      else milestones.push(milestone)
    }
    return { milestones, damagedIds }
  }

  save(milestone: Milestone): Promise<Result<void>> {
    const { id, ...payload } = milestone
    return this.records.put('milestone', id, payload)
  }

  delete(id: string): Promise<Result<void>> {
    return this.records.delete('milestone', id)
  }
}
