/**
 * Words typed into a form and not yet sent, kept per form so that a lock, which reloads the page
 * by design, does not lose them. A key names a form, never its content ('agreement:new',
 * 'agreement:<id>:check-in'); the fields are the form's values as strings. Each form turns them
 * back into its own state and checks them again: what comes back from disk is untrusted.
 */
export type FormDraftFields = Readonly<Record<string, string>>
export type FormDrafts = Readonly<Record<string, FormDraftFields>>

/**
 * Far more forms than Mend has open at once; only drafts of things since deleted pile up, and the
 * oldest of those make way first.
 */
export const MOST_FORM_DRAFTS = 40
/** 200 000 characters: several times the longest note anyone writes in a form, not a whole book. */
export const LONGEST_DRAFT_FIELD = 200_000

// Both start with a letter, which keeps '__proto__' out: a draft map stays plain data.
const formKeyPattern = /^[A-Za-z][A-Za-z0-9._:-]{0,159}$/
const fieldNamePattern = /^[A-Za-z][A-Za-z0-9]{0,63}$/

export function isFormDraftKey(key: string): boolean {
  return formKeyPattern.test(key)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fieldsFrom(value: unknown): FormDraftFields | null {
  if (!isRecord(value)) return null
  const fields = Object.entries(value).filter(
    (field): field is [string, string] =>
      fieldNamePattern.test(field[0]) &&
      typeof field[1] === 'string' &&
      field[1].length <= LONGEST_DRAFT_FIELD,
  )
  return fields.length > 0 ? Object.fromEntries(fields) : null
}

/** Reads a stored payload {"drafts": {key: {field: text}}}; anything malformed is left out. */
export function formDraftsFrom(payload: unknown): FormDrafts {
  if (!isRecord(payload) || !isRecord(payload.drafts)) return {}
  const drafts: [string, FormDraftFields][] = []
  for (const [key, value] of Object.entries(payload.drafts)) {
    const fields = isFormDraftKey(key) ? fieldsFrom(value) : null
    if (fields) drafts.push([key, fields])
  }
  return Object.fromEntries(drafts.slice(-MOST_FORM_DRAFTS))
}

function ownValue<T>(map: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined
}

export function formDraftFor(drafts: FormDrafts, key: string): FormDraftFields | undefined {
  return ownValue(drafts, key)
}

/** The newest draft goes last, so that when there are too many the oldest are dropped. */
export function withFormDraft(
  drafts: FormDrafts,
  key: string,
  fields: FormDraftFields,
): FormDrafts {
  const kept = fieldsFrom(fields)
  if (!isFormDraftKey(key) || !kept) return withoutFormDraft(drafts, key)
  const others = Object.entries(drafts).filter(([other]) => other !== key)
  return Object.fromEntries([...others, [key, kept] as const].slice(-MOST_FORM_DRAFTS))
}

export function withoutFormDraft(drafts: FormDrafts, key: string): FormDrafts {
  if (formDraftFor(drafts, key) === undefined) return drafts
  return Object.fromEntries(Object.entries(drafts).filter(([other]) => other !== key))
}

export function sameDraftFields(a: FormDraftFields, b: FormDraftFields): boolean {
  const names = Object.keys(a)
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name])
}

/**
 * A kept draft in the shape of the form's own fields: fields the form does not have are ignored,
 * and fields the draft lacks keep the form's starting value.
 */
export function draftShapedLike<F extends FormDraftFields>(starting: F, kept: FormDraftFields): F {
  const shaped: Record<string, string> = { ...starting }
  for (const name of Object.keys(starting)) {
    const value = ownValue(kept, name)
    if (typeof value === 'string') shaped[name] = value
  }
  return shaped as F
}
