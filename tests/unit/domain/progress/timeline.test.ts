import { describe, expect, it } from 'vitest'
import { setbackFlowId } from '@renderer/domain/progress/flowIds'
import {
  milestoneMarkers,
  setbackMarkers,
  timelineMarkers,
} from '@renderer/domain/progress/timeline'
import { entry } from './entryFixtures'

describe('the timeline of steps forward and setbacks', () => {
  it('finds setbacks by the After-a-setback flow id, oldest first, with a gentle default label', () => {
    const markers = setbackMarkers([
      entry('2026-03-09', { flowId: setbackFlowId, title: 'Raised voices' }),
      entry('2026-03-02', { flowId: setbackFlowId }),
      entry('2026-03-05', { flowId: 'daily-check-in' }),
      entry('2026-03-06'),
    ])
    expect(markers).toEqual([
      { date: '2026-03-02', kind: 'setback', id: 'entry-2026-03-02', label: 'A setback' },
      { date: '2026-03-09', kind: 'setback', id: 'entry-2026-03-09', label: 'Raised voices' },
    ])
  })

  it('interleaves milestones and setbacks by date, milestones first on a shared day', () => {
    const milestones = milestoneMarkers(
      [
        {
          id: 'm1',
          title: 'Talked about money',
          createdAt: '',
          reachedAt: '2026-03-09T20:00:00Z',
          reachedOn: '2026-03-09',
        },
        { id: 'm2', title: 'Not yet', createdAt: '', reachedAt: null, reachedOn: null },
      ],
      'UTC',
    )
    const setbacks = setbackMarkers([
      entry('2026-03-09', { flowId: setbackFlowId, title: 'Later that night' }),
      entry('2026-03-01', { flowId: setbackFlowId, title: 'Before' }),
    ])
    expect(timelineMarkers(milestones, setbacks).map((m) => [m.date, m.kind])).toEqual([
      ['2026-03-01', 'setback'],
      ['2026-03-09', 'milestone'],
      ['2026-03-09', 'setback'],
    ])
  })
})
