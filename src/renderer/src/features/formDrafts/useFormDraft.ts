import { useCallback, useContext, useEffect, useRef, useState } from 'react'
import { SessionContext } from '../../app/SessionContext'
import {
  draftShapedLike,
  sameDraftFields,
  type FormDraftFields,
} from '../../domain/formDrafts/formDrafts'
import { formDraftKeeperFor } from './journalFormDrafts'

export interface FormDraft {
  /** The form shows words kept from before the page last reloaded: a lock, a reload, a crash. */
  readonly keptFromBefore: boolean
  /** Lets the draft go, after the form was sent or cancelled on purpose. */
  readonly forget: () => void
}

/**
 * Keeps a form's unsent `values` in the journal's encrypted `form-drafts` record under `key`
 * (null keeps nothing), and once, when the form opens untouched, hands a kept draft to `restore`.
 * Values equal to the form's first ones count as no draft. Outside an unlocked journal (unit
 * tests of a form on its own) nothing is kept.
 */
export function useFormDraft<F extends FormDraftFields>(
  key: string | null,
  values: F,
  restore: (kept: F) => void,
): FormDraft {
  const session = useContext(SessionContext)
  const keeper = session ? formDraftKeeperFor(session.vault.records) : null
  const [starting] = useState(values)
  const [loaded, setLoaded] = useState(false)
  const [keptFromBefore, setKeptFromBefore] = useState(false)
  const latest = useRef({ values, restore })
  useEffect(() => {
    latest.current = { values, restore }
  })

  useEffect(() => {
    if (!keeper || key === null) return
    let open = true
    void keeper.load().then(() => {
      if (!open) return
      const kept = keeper.draft(key)
      // Words typed while the record was being read are newer than any kept draft.
      if (kept && sameDraftFields(latest.current.values, starting)) {
        const shaped = draftShapedLike(starting, kept)
        if (!sameDraftFields(shaped, starting)) {
          latest.current.restore(shaped)
          setKeptFromBefore(keeper.keptFromBefore(key))
        }
      }
      setLoaded(true)
    })
    return () => {
      open = false
    }
  }, [keeper, key, starting])

  const signature = JSON.stringify(values)
  useEffect(() => {
    if (!keeper || key === null || !loaded) return
    const current = latest.current.values
    keeper.keep(key, sameDraftFields(current, starting) ? null : current)
  }, [keeper, key, loaded, signature, starting])

  const forget = useCallback(() => {
    setKeptFromBefore(false)
    if (keeper && key !== null) void keeper.forget(key)
  }, [keeper, key])

  return { keptFromBefore, forget }
}
