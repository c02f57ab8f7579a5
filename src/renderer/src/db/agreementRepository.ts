import { z } from 'zod'
import type { Result } from '@shared/result'
import { agreementKinds, type Agreement, type AgreementKind } from '../domain/agreements/types'
import { isLocalDate } from '../domain/commitments/calendar/localDate'
import type { Rating } from '../domain/journal/entry'
import { isRating } from '../domain/journal/ratingWords'
import type { RecordStore } from './types'

/** What loading found: readable agreements, and the ids of any that could not be opened. */
export interface LoadedAgreements {
  readonly agreements: readonly Agreement[]
  readonly damagedIds: readonly string[]
}

const localDate = z.string().refine(isLocalDate)
const instant = z.iso.datetime({ offset: true })

const checkInFields = z.object({
  id: z.string().min(1),
  date: localDate,
  rating: z.custom<Rating>(isRating),
  note: z.string().catch(''),
  createdAt: instant,
})

// Text fields fall back on their own, so one odd value never hides a whole agreement; the dates,
// kind and status carry its meaning and must be right.
const agreementFields = z.looseObject({
  kind: z.custom<AgreementKind>((kind) => (agreementKinds as readonly unknown[]).includes(kind)),
  title: z.string(),
  whatIWillDo: z.string().catch(''),
  whatMyPartnerWillDo: z.string().catch(''),
  whyItMatters: z.string().catch(''),
  startDate: localDate,
  reviewDate: localDate,
  status: z.enum(['active', 'to-revisit', 'retired']),
  retiredNote: z.string().nullable().catch(null),
  // A check-in that cannot be read is left out rather than taking the others with it.
  checkIns: z
    .array(z.unknown())
    .transform((items) =>
      items.flatMap((item) => {
        const parsed = checkInFields.safeParse(item)
        return parsed.success ? [parsed.data] : []
      }),
    )
    .catch([]),
  createdAt: instant,
  updatedAt: instant,
})

/** A decrypted 'agreement' payload checked; the record id is authoritative. Null if unreadable. */
export function parseAgreementPayload(recordId: string, payload: unknown): Agreement | null {
  const parsed = agreementFields.safeParse(payload)
  if (!parsed.success) return null
  const fields = parsed.data
  return {
    ...fields,
    id: recordId,
    retiredNote: fields.status === 'retired' ? (fields.retiredNote ?? '') : null,
    checkIns: [...fields.checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  }
}

/** Agreements as encrypted 'agreement' records: the whole Agreement, minus its id, is the payload. */
export class AgreementRepository {
  constructor(private readonly records: RecordStore) {}

  async loadAll(): Promise<LoadedAgreements> {
    const opened = await this.records.list<unknown>('agreement')
    const agreements: Agreement[] = []
    const damagedIds: string[] = []
    for (const record of opened) {
      const agreement =
        record.status === 'ok' ? parseAgreementPayload(record.id, record.payload) : null
      if (agreement === null) damagedIds.push(record.id)
      else agreements.push(agreement)
    }
    return { agreements, damagedIds }
  }

  save(agreement: Agreement): Promise<Result<void>> {
    const { id, ...payload } = agreement
    return this.records.put('agreement', id, payload)
  }

  delete(id: string): Promise<Result<void>> {
    return this.records.delete('agreement', id)
  }
}
