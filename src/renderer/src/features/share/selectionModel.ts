/** Which items are chosen for sharing, with the usual list gestures. Pure, so it is easy to test. */
export interface Selection {
  readonly ids: ReadonlySet<string>
  /** Where a shift-click range starts: the last item clicked without shift. */
  readonly anchor: string | null
}

export const emptySelection: Selection = { ids: new Set(), anchor: null }

export function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: id }
}

/**
 * Shift-click: everything between the anchor and `id` in display order takes the state the
 * clicked item is about to get, as in file managers. Without an anchor it is a plain toggle.
 */
export function extendTo(selection: Selection, orderedIds: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : orderedIds.indexOf(selection.anchor)
  const to = orderedIds.indexOf(id)
  if (from < 0 || to < 0) return toggle(selection, id)
  const select = !selection.ids.has(id)
  const ids = new Set(selection.ids)
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const current = orderedIds[i]
    if (current === undefined) continue
    if (select) ids.add(current)
    else ids.delete(current)
  }
  return { ids, anchor: selection.anchor }
}

export function selectAll(selection: Selection, ids: readonly string[]): Selection {
  return { ids: new Set([...selection.ids, ...ids]), anchor: selection.anchor }
}

/** Keeps only ids that still exist (an entry deleted while choosing drops out). */
export function retainExisting(selection: Selection, existing: ReadonlySet<string>): Selection {
  const ids = new Set([...selection.ids].filter((id) => existing.has(id)))
  return ids.size === selection.ids.size ? selection : { ids, anchor: selection.anchor }
}
