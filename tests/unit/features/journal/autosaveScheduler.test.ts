import { describe, expect, it } from 'vitest'
import { fail, ok, type Result } from '@shared/result'
import {
  AutosaveScheduler,
  type AutosaveStatus,
} from '../../../../src/renderer/src/features/journal/autosaveScheduler'
import { ManualClock } from '../../support/manualClock'

function setUp(results: Result<void>[] = []) {
  const clock = new ManualClock()
  const written: string[] = []
  const statuses: AutosaveStatus['state'][] = []
  const scheduler = new AutosaveScheduler<string>(
    async (value) => {
      written.push(value)
      return results.shift() ?? ok(undefined)
    },
    (status) => statuses.push(status.state),
    clock,
  )
  return { clock, written, statuses, scheduler }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('AutosaveScheduler', () => {
  it('saves the latest text once typing pauses', async () => {
    const { clock, written, scheduler } = setUp()
    scheduler.change('H')
    clock.advance(100)
    scheduler.change('Hi')
    clock.advance(700)
    await settle()
    expect(written).toEqual(['Hi'])
  })

  it('saves at least every 2 seconds while typing never pauses', async () => {
    const { clock, written, scheduler } = setUp()
    for (let i = 1; i <= 25; i++) {
      scheduler.change('x'.repeat(i))
      clock.advance(200)
      await settle()
    }
    // 5 s of steady typing: a save by 2 s, by 4 s, and none of it older than 2 s.
    expect(written.length).toBeGreaterThanOrEqual(2)
    expect(written[0]).toBe('x'.repeat(10))
  })

  it('keeps unsaved text after a failed write and saves it on retry', async () => {
    const { clock, written, statuses, scheduler } = setUp([fail('storage-full', 'Disk is full.')])
    scheduler.change('precious words')
    clock.advance(700)
    await settle()
    expect(statuses.at(-1)).toBe('failed')
    await scheduler.retry()
    expect(written).toEqual(['precious words', 'precious words'])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('flush writes pending text immediately', async () => {
    const { written, scheduler } = setUp()
    scheduler.change('before lock')
    await scheduler.flush()
    expect(written).toEqual(['before lock'])
  })
})
