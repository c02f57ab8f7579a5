import { describe, expect, it } from 'vitest'
import {
  addCustomPrompt,
  deleteCustomPrompt,
  editPrompt,
  emptyPromptCustomisations,
  hidePrompt,
  resetPrompt,
  showPrompt,
} from '@renderer/domain/prompts/customPrompts'
import { promptLibrary } from '@renderer/domain/prompts/promptLibrary'
import type { PromptCustomisations } from '@renderer/domain/prompts/types'
import {
  findPrompt,
  promptCatalogue,
  visiblePrompts,
} from '@renderer/domain/prompts/visiblePrompts'

const now = new Date('2026-04-01T10:00:00.000Z')

function unwrap(
  result: { ok: true; value: PromptCustomisations } | { ok: false },
): PromptCustomisations {
  if (!result.ok) throw new Error('expected ok')
  return result.value
}

describe('custom prompts', () => {
  it('adds the person’s own prompt with an id that cannot clash with Mend’s', () => {
    const next = unwrap(
      addCustomPrompt(
        emptyPromptCustomisations,
        { id: 'a1', theme: 'healing', text: '  What made us laugh? ' },
        now,
      ),
    )
    expect(next.added).toEqual([
      {
        id: 'custom-a1',
        theme: 'healing',
        text: 'What made us laugh?',
        why: '',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
    ])
    expect(visiblePrompts(promptLibrary, next).at(-1)?.id).toBe('custom-a1')
  })

  it('explains what to do when a prompt is empty or too long', () => {
    const empty = addCustomPrompt(
      emptyPromptCustomisations,
      { id: 'a', theme: 'healing', text: ' ' },
      now,
    )
    const long = addCustomPrompt(
      emptyPromptCustomisations,
      { id: 'a', theme: 'healing', text: 'x'.repeat(401) },
      now,
    )
    expect(!empty.ok && empty.error.message).toMatch(/Write one/)
    expect(!long.ok && long.error.message).toMatch(/shorten/)
  })

  it('rewords a built-in prompt with an override that keeps its id', () => {
    const next = unwrap(
      editPrompt(
        emptyPromptCustomisations,
        promptLibrary,
        'patience-01',
        { text: 'Which small step did I take?', why: 'Mine.' },
        now,
      ),
    )
    expect(findPrompt(promptLibrary, next, 'patience-01')?.text).toBe(
      'Which small step did I take?',
    )
    const item = promptCatalogue(promptLibrary, next).find((i) => i.prompt.id === 'patience-01')
    expect(item).toMatchObject({ origin: 'mend', edited: true, hidden: false })
  })

  it('drops the override when the wording returns to the original or is reset', () => {
    const original = promptLibrary.find((p) => p.id === 'patience-01')!
    const edited = unwrap(
      editPrompt(emptyPromptCustomisations, promptLibrary, 'patience-01', { text: 'Other?' }, now),
    )
    const back = unwrap(editPrompt(edited, promptLibrary, 'patience-01', original, now))
    expect(back.overrides).toEqual({})
    expect(resetPrompt(edited, 'patience-01').overrides).toEqual({})
  })

  it('edits the person’s own prompt in place', () => {
    const added = unwrap(
      addCustomPrompt(emptyPromptCustomisations, { id: 'a', theme: 'healing', text: 'One?' }, now),
    )
    const later = new Date('2026-04-02T10:00:00.000Z')
    const edited = unwrap(
      editPrompt(added, promptLibrary, 'custom-a', { text: 'Two?', theme: 'patience' }, later),
    )
    expect(edited.added[0]).toMatchObject({
      text: 'Two?',
      theme: 'patience',
      updatedAt: later.toISOString(),
    })
    expect(edited.overrides).toEqual({})
  })

  it('reports calmly when the prompt to edit no longer exists', () => {
    const result = editPrompt(
      emptyPromptCustomisations,
      promptLibrary,
      'gone-01',
      { text: 'Hi?' },
      now,
    )
    expect(result.ok).toBe(false)
  })

  it('hides and shows prompts without duplicates', () => {
    const hidden = hidePrompt(hidePrompt(emptyPromptCustomisations, 'healing-02'), 'healing-02')
    expect(hidden.hidden).toEqual(['healing-02'])
    expect(visiblePrompts(promptLibrary, hidden).some((p) => p.id === 'healing-02')).toBe(false)
    expect(findPrompt(promptLibrary, hidden, 'healing-02')).not.toBeNull()
    expect(showPrompt(hidden, 'healing-02').hidden).toEqual([])
  })

  it('deletes the person’s own prompt and forgets that it was hidden', () => {
    const added = unwrap(
      addCustomPrompt(emptyPromptCustomisations, { id: 'a', theme: 'healing', text: 'One?' }, now),
    )
    const removed = deleteCustomPrompt(hidePrompt(added, 'custom-a'), 'custom-a')
    expect(removed.added).toEqual([])
    expect(removed.hidden).toEqual([])
  })
})
