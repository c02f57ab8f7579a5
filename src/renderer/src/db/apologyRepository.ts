import { z } from 'zod'
import type { Result } from '@shared/result'
import { apologySteps } from '../domain/apology/apologySteps'
import type { ApologyAnswers, ApologyStepId } from '../domain/apology/types'
import type {
  ApologyDraft,
  ApologyLetterContent,
  ApologyVersion,
  RepairStep,
} from '../domain/apology/drafts/types'
import type { RecordStore } from './types'

/** What loading found: readable drafts, and the ids of any that could not be opened. */
export interface LoadedApologies {
  readonly drafts: readonly ApologyDraft[]
  readonly damagedIds: readonly string[]
}

const instant = z.iso.datetime({ offset: true })
const stepIds = new Set<string>(apologySteps.map((step) => step.id))

// Answers for unknown steps are dropped rather than failing the draft: a later version of Mend
// may add a step, and an older one should still open the letter.
const answers = z
  .record(z.string(), z.unknown())
  .transform((record): ApologyAnswers => {
    const known: Partial<Record<ApologyStepId, string>> = {}
    for (const [key, value] of Object.entries(record)) {
      if (stepIds.has(key) && typeof value === 'string') known[key as ApologyStepId] = value
    }
    return known
  })
  .catch({})

const content: z.ZodType<ApologyLetterContent> = z.object({
  answers,
  greeting: z.string().catch(''),
  signOff: z.string().catch(''),
  freeText: z.string().nullable().catch(null),
})

const version: z.ZodType<ApologyVersion> = z.object({
  id: z.string().min(1),
  savedAt: instant,
  reason: z.enum([
    'while-writing',
    'saved-by-you',
    'status',
    'before-free-edit',
    'before-rebuild',
    'before-restore',
  ]),
  status: z.enum(['drafting', 'ready', 'delivered']).catch('drafting'),
  content,
  letter: z.string(),
})

const repairStep: z.ZodType<RepairStep> = z.object({
  id: z.string().min(1),
  text: z.string().catch(''),
  date: z.string().catch(''),
  done: z.boolean().catch(false),
  commitmentId: z.string().nullable().catch(null),
})

/** Items that cannot be read are left out rather than taking the whole list with them. */
function tolerantList<T>(item: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .transform((items) =>
      items.flatMap((value) => {
        const parsed = item.safeParse(value)
        return parsed.success ? [parsed.data] : []
      }),
    )
    .catch([])
}

// The letter itself (content) must be readable; everything around it falls back on its own.
const draftFields = z.looseObject({
  title: z.string().catch('Untitled apology'),
  createdAt: instant,
  updatedAt: instant,
  status: z.enum(['drafting', 'ready', 'delivered']).catch('drafting'),
  delivery: z
    .object({ date: z.string(), note: z.string().catch('') })
    .nullable()
    .catch(null),
  mode: z.enum(['steps', 'letter']).catch('steps'),
  content,
  repairSteps: tolerantList(repairStep),
  versions: tolerantList(version),
  journalEntryId: z.string().nullable().catch(null),
})

/** A decrypted 'apology' payload checked; the record id is authoritative. Null if unreadable. */
export function parseApologyPayload(recordId: string, payload: unknown): ApologyDraft | null {
  const parsed = draftFields.safeParse(payload)
  return parsed.success ? { ...parsed.data, id: recordId } : null
}

/** Apology drafts as encrypted 'apology' records: the whole draft, minus its id, is the payload. */
export class ApologyRepository {
  constructor(private readonly records: RecordStore) {}

  async loadAll(): Promise<LoadedApologies> {
    const opened = await this.records.list<unknown>('apology')
    const drafts: ApologyDraft[] = []
    const damagedIds: string[] = []
    for (const record of opened) {
      const draft = record.status === 'ok' ? parseApologyPayload(record.id, record.payload) : null
      if (draft === null) damagedIds.push(record.id)
      else drafts.push(draft)
    }
    return { drafts, damagedIds }
  }

  /** The draft, 'damaged' when its record cannot be opened, or null when there is none. */
  async load(id: string): Promise<ApologyDraft | 'damaged' | null> {
    const record = await this.records.get<unknown>('apology', id)
    if (record === null) return null
    if (record.status === 'damaged') return 'damaged'
    return parseApologyPayload(record.id, record.payload) ?? 'damaged'
  }

  save(draft: ApologyDraft): Promise<Result<void>> {
    const { id, ...payload } = draft
    return this.records.put('apology', id, payload)
  }

  delete(id: string): Promise<Result<void>> {
    return this.records.delete('apology', id)
  }
}
