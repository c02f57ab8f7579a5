import { describe, expect, it } from 'vitest'
import { checkFlowDefinition } from '@renderer/domain/flows/checkFlowDefinition'
import { flowProgress, initialFlowState, reduceFlow } from '@renderer/domain/flows/flowMachine'
import { flowToEntryContent } from '@renderer/domain/flows/flowToEntryContent'
import type { FlowAction, FlowDefinition } from '@renderer/domain/flows/types'
import { newEntry } from '@renderer/domain/journal/newEntry'

// A flow that exists only in this test: if it runs end to end, adding a flow is adding data.
const gratitudeWalk: FlowDefinition = {
  id: 'gratitude-walk',
  title: 'Gratitude walk',
  theme: 'healing',
  description: 'Notes from a walk together.',
  entry: { title: 'Our walk', tags: ['walk'] },
  steps: [
    {
      id: 'where',
      type: 'choice',
      required: true,
      question: 'Where did you walk?',
      hint: 'Pick the closest.',
      label: 'Where we walked',
      options: [
        { id: 'park', label: 'In the park' },
        { id: 'river', label: 'Along the river' },
      ],
    },
    {
      id: 'closeness',
      type: 'rating',
      scale: 'trust',
      entryField: 'trust',
      required: false,
      question: 'How close did you feel?',
      hint: 'Any answer is fine.',
      label: 'Closeness',
    },
    {
      id: 'noticed',
      type: 'text',
      multiline: true,
      required: true,
      minLength: 5,
      maxLength: 500,
      question: 'What did you notice?',
      hint: 'Sounds, colours, words.',
      label: 'What I noticed',
    },
  ],
}

describe('a flow added as data only', () => {
  it('passes the definition check', () => {
    expect(checkFlowDefinition(gratitudeWalk)).toEqual([])
  })

  it('runs through the machine and becomes an entry', () => {
    const actions: FlowAction[] = [
      { type: 'start' },
      { type: 'answer', value: 'lake' },
      { type: 'next' },
      { type: 'answer', value: 'river' },
      { type: 'next' },
      { type: 'skip' },
      { type: 'answer', value: 'ok' },
      { type: 'next' },
    ]
    const stuck = actions.reduce(
      (s, a) => reduceFlow(gratitudeWalk, s, a),
      initialFlowState(gratitudeWalk),
    )
    expect(stuck.errors.noticed).toMatch(/at least 5 characters/)
    expect(stuck.skipped).toEqual(['closeness'])

    const done = [
      { type: 'answer', value: 'Herons, and you laughed.' },
      { type: 'next' },
      { type: 'finish' },
    ].reduce((s, a) => reduceFlow(gratitudeWalk, s, a as FlowAction), stuck)
    expect(done.status).toBe('finished')
    expect(flowProgress(gratitudeWalk, done).fraction).toBe(1)

    const entry = newEntry({
      id: 'e1',
      now: new Date('2026-06-01T18:00:00.000Z'),
      ...flowToEntryContent(gratitudeWalk, done.answers),
    })
    expect(entry).toMatchObject({
      kind: 'flow',
      title: 'Our walk',
      theme: 'healing',
      tags: ['walk'],
      trust: null,
      flow: {
        flowId: 'gratitude-walk',
        answers: { where: 'river', noticed: 'Herons, and you laughed.' },
      },
    })
    expect(entry.body).toBe(
      '### Where we walked\n\nAlong the river\n\n### What I noticed\n\nHerons, and you laughed.',
    )
  })

  it('names what is wrong with a broken definition', () => {
    const broken: FlowDefinition = {
      ...gratitudeWalk,
      id: 'Bad Id',
      steps: [
        { ...gratitudeWalk.steps[2]!, id: 'x' },
        { ...gratitudeWalk.steps[2]!, id: 'x' },
        {
          id: 'c',
          type: 'choice',
          required: false,
          question: 'Q',
          hint: '',
          label: 'L',
          options: [],
        },
      ],
    }
    expect(checkFlowDefinition(broken)).toEqual([
      'flow id "Bad Id" is not kebab-case',
      'step id "x" is used twice',
      'choice step "c" needs at least two options',
    ])
  })
})
