import { describe, expect, it } from 'vitest'
import { changeStatus } from '@renderer/domain/apology/drafts/draftStatus'
import { draftLetter } from '@renderer/domain/apology/drafts/draftLetter'
import { updateDraft } from '@renderer/domain/apology/drafts/editDraft'
import {
  rebuildFromSteps,
  restoreVersion,
  showSteps,
  startFreeEditing,
} from '@renderer/domain/apology/drafts/editMode'
import { newApologyDraft } from '@renderer/domain/apology/drafts/newApologyDraft'

const now = new Date('2026-05-03T10:00:00Z')
const soon = new Date('2026-05-03T10:01:00Z')

function withSteps() {
  const draft = newApologyDraft({ id: 'd1', now, title: '  The phone  ' })
  const a = updateDraft(
    draft,
    { answer: { stepId: 'regret', text: "I'm sorry I read your messages" } },
    now,
  )
  return updateDraft(a, { answer: { stepId: 'responsibility', text: 'That was my choice.' } }, now)
}

describe('editing a draft', () => {
  it('starts untitled when no title is given and trims the one given', () => {
    expect(newApologyDraft({ id: 'x', now }).title).toBe('Untitled apology')
    expect(withSteps().title).toBe('The phone')
  })

  it('returns the same draft when a patch changes nothing', () => {
    const draft = withSteps()
    expect(
      updateDraft(
        draft,
        { answer: { stepId: 'regret', text: "I'm sorry I read your messages" } },
        soon,
      ),
    ).toBe(draft)
    expect(updateDraft(draft, { title: 'The phone' }, soon)).toBe(draft)
  })

  it('assembles the letter from the steps until it is edited freely', () => {
    const draft = withSteps()
    expect(draftLetter(draft.content)).toBe("I'm sorry I read your messages. That was my choice.")
    const free = startFreeEditing(draft, soon, 'v1')
    expect(free.mode).toBe('letter')
    expect(free.content.freeText).toBe("I'm sorry I read your messages. That was my choice.")
    expect(free.content.answers).toEqual(draft.content.answers)
    expect(free.versions.map((v) => v.reason)).toEqual(['before-free-edit'])
  })

  it('keeps free edits as the letter when going back to the steps, and the steps too', () => {
    const free = startFreeEditing(withSteps(), soon, 'v1')
    const edited = updateDraft(
      free,
      { freeText: 'Dear Jo, I read your messages. I am sorry.' },
      soon,
    )
    const back = showSteps(edited, soon)
    expect(back.mode).toBe('steps')
    expect(draftLetter(back.content)).toBe('Dear Jo, I read your messages. I am sorry.')
    const changedStep = updateDraft(
      back,
      { answer: { stepId: 'repair', text: 'Can we talk?' } },
      soon,
    )
    expect(draftLetter(changedStep.content)).toBe('Dear Jo, I read your messages. I am sorry.')
    expect(changedStep.content.answers.repair).toBe('Can we talk?')
  })

  it('keeps the free text in the history when rebuilding the letter from the steps', () => {
    const free = updateDraft(
      startFreeEditing(withSteps(), soon, 'v1'),
      { freeText: 'My own words.' },
      soon,
    )
    const rebuilt = rebuildFromSteps(free, soon, 'v2')
    expect(rebuilt.content.freeText).toBeNull()
    expect(rebuilt.versions[rebuilt.versions.length - 1]).toMatchObject({
      reason: 'before-rebuild',
      letter: 'My own words.',
    })
  })

  it('restores an earlier version and keeps what it replaced', () => {
    const free = updateDraft(
      startFreeEditing(withSteps(), soon, 'v1'),
      { freeText: 'Later words.' },
      soon,
    )
    const restored = restoreVersion(free, 'v1', soon, 'v2')
    expect(restored.mode).toBe('steps')
    expect(draftLetter(restored.content)).toBe(
      "I'm sorry I read your messages. That was my choice.",
    )
    expect(restored.versions.map((v) => v.letter)).toContain('Later words.')
  })
})

describe('status', () => {
  it('moves from drafting to ready to delivered, keeping the letter at each change', () => {
    const ready = changeStatus(withSteps(), 'ready', now, 's1')
    const delivered = changeStatus(ready, 'delivered', soon, 's2', { date: '2026-05-04', note: '' })
    expect(delivered.status).toBe('delivered')
    expect(delivered.delivery).toEqual({ date: '2026-05-04', note: '' })
    expect(delivered.versions.map((v) => [v.reason, v.status])).toEqual([
      ['status', 'ready'],
      ['status', 'delivered'],
    ])
  })

  it('updates the note on how it went without adding a version', () => {
    const delivered = changeStatus(withSteps(), 'delivered', now, 's1', {
      date: '2026-05-04',
      note: '',
    })
    const noted = changeStatus(delivered, 'delivered', soon, 's2', {
      date: '2026-05-04',
      note: 'She listened.',
    })
    expect(noted.delivery?.note).toBe('She listened.')
    expect(noted.versions).toHaveLength(1)
  })

  it('keeps the delivery details when moved back, in case it was a slip', () => {
    const delivered = changeStatus(withSteps(), 'delivered', now, 's1', {
      date: '2026-05-04',
      note: 'Calm.',
    })
    expect(changeStatus(delivered, 'ready', soon, 's2').delivery?.note).toBe('Calm.')
  })
})
