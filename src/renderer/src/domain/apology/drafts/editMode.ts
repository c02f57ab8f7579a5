import { draftLetter } from './draftLetter'
import { addVersionIfChanged } from './draftVersions'
import type { ApologyDraft } from './types'

/**
 * Switches to editing the whole letter. The first time, the assembled letter becomes the free
 * text; the step answers stay as they are. The letter before the switch is kept as a version.
 */
export function startFreeEditing(draft: ApologyDraft, now: Date, versionId: string): ApologyDraft {
  if (draft.mode === 'letter') return draft
  const versioned = addVersionIfChanged(draft, 'before-free-edit', now, versionId)
  return {
    ...versioned,
    mode: 'letter',
    content: { ...draft.content, freeText: draft.content.freeText ?? draftLetter(draft.content) },
    updatedAt: now.toISOString(),
  }
}

/** Back to the steps. Any free text stays the letter until the person rebuilds from the steps. */
export function showSteps(draft: ApologyDraft, now: Date): ApologyDraft {
  if (draft.mode === 'steps') return draft
  return { ...draft, mode: 'steps', updatedAt: now.toISOString() }
}

/** Lets the steps make the letter again; the free text is kept in the history first. */
export function rebuildFromSteps(draft: ApologyDraft, now: Date, versionId: string): ApologyDraft {
  if (draft.content.freeText === null) return draft
  const versioned = addVersionIfChanged(draft, 'before-rebuild', now, versionId)
  return {
    ...versioned,
    content: { ...draft.content, freeText: null },
    updatedAt: now.toISOString(),
  }
}

/** Brings back an earlier version's words; what was there is kept as a version first. */
export function restoreVersion(
  draft: ApologyDraft,
  versionId: string,
  now: Date,
  newVersionId: string,
): ApologyDraft {
  const version = draft.versions.find((v) => v.id === versionId)
  if (!version) return draft
  const versioned = addVersionIfChanged(draft, 'before-restore', now, newVersionId)
  return {
    ...versioned,
    content: version.content,
    mode: version.content.freeText === null ? 'steps' : 'letter',
    updatedAt: now.toISOString(),
  }
}
