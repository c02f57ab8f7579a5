import { useCallback, useRef, useState } from 'react'
import { newId } from '../../app/newId'
import { addVersionIfDue } from '../../domain/apology/drafts/draftVersions'
import { updateDraft, type DraftPatch } from '../../domain/apology/drafts/editDraft'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { useAutosave } from '../journal/useAutosave'
import { useApologyStore } from './ApologyContext'

/** Builds the next draft from the latest one; given a fresh id in case it adds a version. */
export type DraftTransform = (draft: ApologyDraft, now: Date, versionId: string) => ApologyDraft

/**
 * One draft being edited: every change is autosaved (so typing is never lost, and locking
 * finishes the write), and a version is added at save time when one is due (see
 * addVersionIfDue), so versions hold a pause in writing rather than half a word.
 */
export function useDraftEditor(initial: ApologyDraft) {
  const store = useApologyStore()
  const [draft, setDraft] = useState(initial)
  const draftRef = useRef(initial)

  const save = useCallback(
    async (_queued: ApologyDraft) => {
      // The latest draft is written rather than the queued one: it is newer, and any version
      // added here must join the draft being edited, not an older copy.
      const current = draftRef.current
      const versioned = addVersionIfDue(current, new Date(), newId())
      if (versioned !== current) {
        draftRef.current = versioned
        setDraft(versioned)
      }
      return store.save(versioned)
    },
    [store],
  )
  const autosave = useAutosave<ApologyDraft>(save)

  const { change: queue, flush } = autosave
  const apply = useCallback(
    (transform: DraftTransform) => {
      const next = transform(draftRef.current, new Date(), newId())
      if (next === draftRef.current) return next
      draftRef.current = next
      setDraft(next)
      queue(next)
      return next
    },
    [queue],
  )
  const edit = useCallback(
    (patch: DraftPatch) => apply((current, now) => updateDraft(current, patch, now)),
    [apply],
  )
  /** For deliberate actions (status, versions): applied and written at once. */
  const applyNow = useCallback(
    async (transform: DraftTransform) => {
      const next = apply(transform)
      await flush()
      return next
    },
    [apply, flush],
  )

  return { draft, draftRef, edit, apply, applyNow, autosave }
}

export type DraftEditor = ReturnType<typeof useDraftEditor>
