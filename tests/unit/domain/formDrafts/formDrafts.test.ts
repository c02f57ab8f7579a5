import { describe, expect, it } from 'vitest'
import {
  draftShapedLike,
  formDraftFor,
  formDraftsFrom,
  LONGEST_DRAFT_FIELD,
  MOST_FORM_DRAFTS,
  sameDraftFields,
  withFormDraft,
  withoutFormDraft,
} from '@renderer/domain/formDrafts/formDrafts'

describe('form drafts read back from disk', () => {
  it('keep every well-formed draft as it was written', () => {
    const payload = {
      drafts: { 'agreement:new': { title: 'Phone-free dinners', whatIWillDo: '' } },
    }
    expect(formDraftsFrom(payload)).toEqual(payload.drafts)
  })

  it('come back empty from anything that is not a map of drafts, without throwing', () => {
    for (const payload of [
      null,
      undefined,
      42,
      'drafts',
      [],
      { drafts: [] },
      { drafts: 'x' },
      {},
    ]) {
      expect(formDraftsFrom(payload)).toEqual({})
    }
  })

  it('leave out fields that are not text, too long, or oddly named', () => {
    const payload = {
      drafts: {
        'agreement:new': {
          title: 'Kept',
          rating: 3,
          list: ['a'],
          huge: 'x'.repeat(LONGEST_DRAFT_FIELD + 1),
          'bad name': 'no',
          __proto__: 'no',
        },
      },
    }
    expect(formDraftsFrom(payload)).toEqual({ 'agreement:new': { title: 'Kept' } })
  })

  it('leave out drafts under odd keys and drafts with nothing left in them', () => {
    const drafts = JSON.parse(
      '{"__proto__": {"title": "x"}, "has space": {"title": "x"}, "milestone:new": {"n": 1}, "ok": {"title": "y"}}',
    ) as unknown
    const read = formDraftsFrom({ drafts })
    expect(read).toEqual({ ok: { title: 'y' } })
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype)
  })

  it(`keep at most the ${MOST_FORM_DRAFTS} newest`, () => {
    const drafts = Object.fromEntries(
      Array.from({ length: MOST_FORM_DRAFTS + 5 }, (_, n) => [`form:${n}`, { title: `${n}` }]),
    )
    const read = formDraftsFrom({ drafts })
    expect(Object.keys(read)).toHaveLength(MOST_FORM_DRAFTS)
    expect(formDraftFor(read, 'form:4')).toBeUndefined()
    expect(formDraftFor(read, `form:${MOST_FORM_DRAFTS + 4}`)).toEqual({
      title: `${MOST_FORM_DRAFTS + 4}`,
    })
  })
})

describe('changing the map of drafts', () => {
  it('replaces a form’s draft and moves it to the newest place', () => {
    const first = withFormDraft({}, 'a', { title: '1' })
    const second = withFormDraft(first, 'b', { title: '2' })
    const third = withFormDraft(second, 'a', { title: '3' })
    expect(Object.keys(third)).toEqual(['b', 'a'])
    expect(formDraftFor(third, 'a')).toEqual({ title: '3' })
  })

  it('drops the oldest draft when one more would be too many', () => {
    let drafts = {}
    for (let n = 0; n <= MOST_FORM_DRAFTS; n++)
      drafts = withFormDraft(drafts, `form:${n}`, { t: 'x' })
    expect(Object.keys(drafts)).toHaveLength(MOST_FORM_DRAFTS)
    expect(formDraftFor(drafts, 'form:0')).toBeUndefined()
  })

  it('forgets a form’s draft and leaves the others', () => {
    const drafts = withFormDraft(withFormDraft({}, 'a', { t: '1' }), 'b', { t: '2' })
    expect(withoutFormDraft(drafts, 'a')).toEqual({ b: { t: '2' } })
  })

  it('returns the same map when there is nothing to forget, so no write is needed', () => {
    const drafts = withFormDraft({}, 'a', { t: '1' })
    expect(withoutFormDraft(drafts, 'missing')).toBe(drafts)
  })

  it('never keeps a draft under a key that could not be read back', () => {
    expect(withFormDraft({}, 'has space', { t: '1' })).toEqual({})
  })

  it('does not mistake inherited names for drafts', () => {
    expect(formDraftFor({}, 'toString')).toBeUndefined()
  })
})

describe('a kept draft in a form’s shape', () => {
  it('takes the form’s fields from the draft and ignores fields the form does not have', () => {
    const starting = { title: '', note: '', date: '2026-03-02' }
    const shaped = draftShapedLike(starting, { title: 'Kept', extra: 'ignored' })
    expect(shaped).toEqual({ title: 'Kept', note: '', date: '2026-03-02' })
  })

  it('is compared field by field', () => {
    expect(sameDraftFields({ a: '1', b: '' }, { b: '', a: '1' })).toBe(true)
    expect(sameDraftFields({ a: '1' }, { a: '1', b: '' })).toBe(false)
    expect(sameDraftFields({ a: '1' }, { a: '2' })).toBe(false)
  })
})
