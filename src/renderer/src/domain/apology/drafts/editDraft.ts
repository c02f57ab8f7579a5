import type { ApologyStepId } from '../types'
import { sameContent } from './sameContent'
import type {
  ApologyDelivery,
  ApologyDraft,
  ApologyEditMode,
  ApologyLetterContent,
  RepairStep,
} from './types'

/** What editing may change; versions and status have their own functions. */
export interface DraftPatch {
  readonly title?: string
  readonly answer?: { readonly stepId: ApologyStepId; readonly text: string }
  readonly greeting?: string
  readonly signOff?: string
  readonly freeText?: string | null
  readonly mode?: ApologyEditMode
  readonly repairSteps?: readonly RepairStep[]
  readonly delivery?: ApologyDelivery | null
  readonly journalEntryId?: string | null
}

function patchedContent(content: ApologyLetterContent, patch: DraftPatch): ApologyLetterContent {
  const next: ApologyLetterContent = {
    answers: patch.answer
      ? { ...content.answers, [patch.answer.stepId]: patch.answer.text }
      : content.answers,
    greeting: patch.greeting ?? content.greeting,
    signOff: patch.signOff ?? content.signOff,
    freeText: patch.freeText === undefined ? content.freeText : patch.freeText,
  }
  return sameContent(content, next) ? content : next
}

/**
 * The draft with the patch applied and updatedAt set to `now`. Returns the same object when
 * nothing changed, so autosave can skip the write with a reference check. Fields are compared
 * one by one rather than serialised: a draft carries its whole version history.
 */
export function updateDraft(draft: ApologyDraft, patch: DraftPatch, now: Date): ApologyDraft {
  const content = patchedContent(draft.content, patch)
  const title = patch.title ?? draft.title
  const mode = patch.mode ?? draft.mode
  const repairSteps = patch.repairSteps ?? draft.repairSteps
  const delivery = patch.delivery === undefined ? draft.delivery : patch.delivery
  const journalEntryId =
    patch.journalEntryId === undefined ? draft.journalEntryId : patch.journalEntryId
  const unchanged =
    content === draft.content &&
    title === draft.title &&
    mode === draft.mode &&
    repairSteps === draft.repairSteps &&
    delivery === draft.delivery &&
    journalEntryId === draft.journalEntryId
  if (unchanged) return draft
  return {
    ...draft,
    title,
    mode,
    content,
    repairSteps,
    delivery,
    journalEntryId,
    updatedAt: now.toISOString(),
  }
}
