import { describe, expect, it } from 'vitest'
import { celebrateProgress } from '@renderer/domain/flows/definitions/celebrateProgress'
import { dailyCheckIn } from '@renderer/domain/flows/definitions/dailyCheckIn'
import { flowToEntryContent } from '@renderer/domain/flows/flowToEntryContent'

describe('flowToEntryContent', () => {
  it('turns a daily check-in into a readable entry whose mood and trust are the entry fields', () => {
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

  it('never writes a rating into the text, so changing it later leaves nothing stale', () => {
    const content = flowToEntryContent(dailyCheckIn, { mood: 4, trust: 4, need: 'Sleep.' })
    expect(content.body).not.toMatch(/Mood|Trust|Fairly good|Quite a lot|of 5/)
    expect(content.flow.answers).toEqual({ need: 'Sleep.' })
  })

  it('leaves the text empty when only the ratings were answered', () => {
    const content = flowToEntryContent(dailyCheckIn, { mood: 1, trust: 5 })
    expect(content).toMatchObject({ body: '', mood: 1, trust: 5 })
  })

  it('keeps only the written answers the entry shows', () => {
    const content = flowToEntryContent(dailyCheckIn, {
      mood: 3,
      trust: 3,
      need: ' ',
      appreciated: ' Tea ',
      stray: 'x',
    })
    expect(content.flow).toEqual({ flowId: 'daily-check-in', answers: { appreciated: 'Tea' } })
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
