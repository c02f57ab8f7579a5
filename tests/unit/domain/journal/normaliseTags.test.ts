import { describe, expect, it } from 'vitest'
import {
  maxTagLength,
  maxTagsPerEntry,
  normaliseTag,
  normaliseTags,
  parseTagInput,
} from '@renderer/domain/journal/normaliseTags'

describe('tag normalisation', () => {
  it('trims, lowercases, collapses inner spaces and drops a leading hash', () => {
    expect(normaliseTag('  #Date   Night ')).toBe('date night')
  })

  it('drops tags with nothing left in them', () => {
    expect(normaliseTag('   ')).toBeNull()
    expect(normaliseTag('#')).toBeNull()
  })

  it('cuts tags to the maximum length', () => {
    expect(normaliseTag('a'.repeat(100))).toHaveLength(maxTagLength)
  })

  it('removes duplicates and keeps the order first written', () => {
    expect(normaliseTags(['Walks', 'trust', 'WALKS', ' trust '])).toEqual(['walks', 'trust'])
  })

  it('keeps at most the maximum number of tags', () => {
    const many = Array.from({ length: 50 }, (_, i) => `tag ${i}`)
    expect(normaliseTags(many)).toHaveLength(maxTagsPerEntry)
  })

  it('splits typed input on commas, semicolons and new lines', () => {
    expect(parseTagInput('work, Trust ;#walks\nwork')).toEqual(['work', 'trust', 'walks'])
  })
})
