import { describe, expect, it } from 'vitest'
import { themes } from '@renderer/domain/journal/themes'
import { promptLibrary } from '@renderer/domain/prompts/promptLibrary'

describe('the prompt library', () => {
  it('offers at least fifteen prompts for each of the six themes', () => {
    for (const theme of themes) {
      expect(promptLibrary.filter((p) => p.theme === theme.id).length).toBeGreaterThanOrEqual(15)
    }
    expect(promptLibrary.length).toBeGreaterThanOrEqual(90)
  })

  it('gives every prompt a unique, stable id named after its theme', () => {
    const ids = promptLibrary.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const prompt of promptLibrary)
      expect(prompt.id).toMatch(new RegExp(`^${prompt.theme}-\\d{2}$`))
  })

  it('explains in one short line why each prompt helps', () => {
    for (const prompt of promptLibrary) {
      expect(prompt.why.length).toBeGreaterThan(10)
      expect(prompt.why.length).toBeLessThanOrEqual(100)
      expect(prompt.why).not.toContain('\n')
    }
  })

  it('words each prompt as a question or a gentle invitation with no duplicates', () => {
    const texts = promptLibrary.map((p) => p.text)
    expect(new Set(texts).size).toBe(texts.length)
    for (const text of texts) expect(text).toMatch(/[?.]$/)
  })
})
