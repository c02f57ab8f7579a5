import type { ApologyDraft } from './types'

export interface NewApologyDraftInput {
  readonly id: string
  readonly now: Date
  readonly title?: string
}

export const untitledApology = 'Untitled apology'

export function newApologyDraft({ id, now, title }: NewApologyDraftInput): ApologyDraft {
  const instant = now.toISOString()
  return {
    id,
    title: title?.trim() || untitledApology,
    createdAt: instant,
    updatedAt: instant,
    status: 'drafting',
    delivery: null,
    mode: 'steps',
    content: { answers: {}, greeting: '', signOff: '', freeText: null },
    repairSteps: [],
    versions: [],
    journalEntryId: null,
  }
}
