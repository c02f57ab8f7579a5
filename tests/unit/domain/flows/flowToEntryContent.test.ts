import { describe, expect, it } from 'vitest'
import { celebrateProgress } from '@renderer/domain/flows/definitions/celebrateProgress'
import { dailyCheckIn } from '@renderer/domain/flows/definitions/dailyCheckIn'
import { flowToEntryContent } from '@renderer/domain/flows/flowToEntryContent'

describe('flowToEntryContent', () => {
  it('turns a daily check-in into a readable entry with mood and trust set', () => {
    const content = flowToEntryContent(dailyCheckIn, {
      mood: 4,
      trust: 2,
      appreciated: '  The call at lunch.  ',
      'kept-my-word': '',
      need: 'An early night.',
    })
    expect(content).toMatchObject({
      kind: 'flow',
      title: 'Daily check-in',
      theme: 'consistency',
      tags: ['check-in'],
      mood: 4,
      trust: 2,
    })
    expect(content.body).toBe(
      [
        '### Mood',
        '',
        'Fairly good (4 of 5)',
        '',
        '### Trust I feel',
        '',
        'A little (2 of 5)',
        '',
        '### Something I appreciated',
        '',
        'The call at lunch.',
        '',
        '### One thing I need',
        '',
        'An early night.',
      ].join('\n'),
    )
  })

  it('keeps only the answers the entry shows', () => {
    const content = flowToEntryContent(dailyCheckIn, { mood: 3, trust: 3, need: ' ', stray: 'x' })
    expect(content.flow).toEqual({ flowId: 'daily-check-in', answers: { mood: 3, trust: 3 } })
  })

  it('writes a choice as its label and keeps multi-line answers intact', () => {
    const content = flowToEntryContent(celebrateProgress, {
      'small-wins': '- We cooked\n- I called back',
      'week-felt': 'lighter',
    })
    expect(content.body).toBe(
      '### Small wins this week\n\n- We cooked\n- I called back\n\n### How the week felt\n\nLighter than last week',
    )
    expect(content.mood).toBeNull()
  })
})
