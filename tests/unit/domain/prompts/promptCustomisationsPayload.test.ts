import { describe, expect, it } from 'vitest'
import { emptyPromptCustomisations } from '@renderer/domain/prompts/customPrompts'
import {
  parsePromptCustomisations,
  parsePromptHistory,
} from '@renderer/domain/prompts/promptCustomisationsPayload'

describe('stored prompt records', () => {
  it('reads a well-formed customisations record back', () => {
    const record = {
      version: 1,
      added: [
        { id: 'custom-a', theme: 'healing', text: 'One?', why: '', createdAt: 'x', updatedAt: 'x' },
      ],
      overrides: { 'patience-01': { text: 'Mine?', why: 'Mine.' } },
      hidden: ['healing-02'],
    }
    expect(parsePromptCustomisations(record)).toEqual(record)
  })

  it('keeps the readable parts of a damaged record', () => {
    const parsed = parsePromptCustomisations({
      added: [
        { id: 'custom-a', theme: 'nonsense', text: 'One?' },
        { id: 'custom-b', theme: 'healing', text: 'Two?' },
      ],
      overrides: { 'patience-01': { text: 5 }, 'patience-02': { text: 'Ok?' } },
      hidden: ['x', 3],
    })
    expect(parsed.added.map((p) => p.id)).toEqual(['custom-b'])
    expect(parsed.overrides).toEqual({ 'patience-02': { text: 'Ok?', why: '' } })
    expect(parsed.hidden).toEqual(['x'])
  })

  it('treats an unreadable record as no changes at all', () => {
    expect(parsePromptCustomisations('garbage')).toEqual(emptyPromptCustomisations)
  })

  it('drops unreadable history items', () => {
    expect(
      parsePromptHistory([{ promptId: 'a-01', date: '2026-01-01', cycle: 0 }, { promptId: 1 }]),
    ).toEqual([{ promptId: 'a-01', date: '2026-01-01', cycle: 0 }])
  })
})
