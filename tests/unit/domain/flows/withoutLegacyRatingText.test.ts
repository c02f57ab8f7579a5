import { describe, expect, it } from 'vitest'
import { withoutLegacyRatingText } from '@renderer/domain/flows/withoutLegacyRatingText'
import { aCheckIn, aLegacyCheckIn, anEntry } from '../share/fixtures'

describe('withoutLegacyRatingText', () => {
  it('turns a check-in saved by an earlier build into the one this version saves', () => {
    const cleaned = withoutLegacyRatingText(aLegacyCheckIn())
    const current = aCheckIn()
    expect(cleaned.body).toBe(current.body)
    expect(cleaned.flow).toEqual(current.flow)
    expect(cleaned).toMatchObject({ id: 'legacy-check-in', mood: 4, trust: 4 })
  })

  it('recognises any rating word, since the rating may have been changed after saving', () => {
    const legacy = aLegacyCheckIn()
    const body = legacy.body.replace('Fairly good (4 of 5)', 'Very low (1 of 5)')
    expect(withoutLegacyRatingText({ ...legacy, body, mood: 2 }).body).toMatch(/^### Something/)
  })

  it('removes a rating block at the end of the text without leaving a gap', () => {
    const legacy = aLegacyCheckIn()
    const body = '### Something I appreciated\n\nTea.\n\n### Mood\n\nGood (5 of 5)\n'
    expect(withoutLegacyRatingText({ ...legacy, body }).body).toBe(
      '### Something I appreciated\n\nTea.',
    )
  })

  it('reads text saved with Windows line endings', () => {
    const legacy = aLegacyCheckIn()
    const body = legacy.body.replace(/\n/g, '\r\n')
    expect(withoutLegacyRatingText({ ...legacy, body }).body).toBe(
      aCheckIn().body.replace(/\n/g, '\r\n'),
    )
  })

  it('keeps a rating block the person has added their own words to', () => {
    const legacy = aLegacyCheckIn()
    const body = legacy.body.replace(
      'Fairly good (4 of 5)',
      'Fairly good (4 of 5)\nBetter after the walk.',
    )
    const cleaned = withoutLegacyRatingText({ ...legacy, body })
    expect(cleaned.body).toContain('### Mood\n\nFairly good (4 of 5)\nBetter after the walk.')
    expect(cleaned.body).not.toContain('Quite a lot')
  })

  it('leaves entries that are not check-ins exactly as they are', () => {
    const free = anEntry({ body: '### Mood\n\nGood (5 of 5)' })
    expect(withoutLegacyRatingText(free)).toBe(free)
    const current = aCheckIn()
    expect(withoutLegacyRatingText(current)).toBe(current)
    const otherFlow = { ...aLegacyCheckIn(), flow: { flowId: 'after-setback', answers: {} } }
    expect(withoutLegacyRatingText(otherFlow)).toBe(otherFlow)
  })
})
