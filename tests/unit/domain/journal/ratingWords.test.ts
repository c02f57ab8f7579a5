import { describe, expect, it } from 'vitest'
import { isRating, moodWords, ratingWord, trustWords } from '@renderer/domain/journal/ratingWords'

describe('rating words', () => {
  it('describes mood from very low to good', () => {
    expect(moodWords[1]).toBe('Very low')
    expect(moodWords[5]).toBe('Good')
  })

  it('describes trust from hardly any to strong', () => {
    expect(ratingWord('trust', 1)).toBe('Hardly any')
    expect(ratingWord('trust', 5)).toBe('Strong')
  })

  it('has a distinct word for each of the five levels on both scales', () => {
    expect(new Set(Object.values(moodWords)).size).toBe(5)
    expect(new Set(Object.values(trustWords)).size).toBe(5)
  })

  it('accepts only whole numbers from one to five as ratings', () => {
    expect([0, 1, 3, 5, 6, 2.5, '3', null].map(isRating)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })
})
