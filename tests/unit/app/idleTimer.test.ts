import { describe, expect, it } from 'vitest'
import { IdleTimer } from '../../../src/renderer/src/app/idleTimer'
import { ManualClock } from '../support/manualClock'

describe('IdleTimer', () => {
  it('fires once after the idle time passes without activity', () => {
    const clock = new ManualClock()
    let fired = 0
    new IdleTimer(5 * 60_000, () => fired++, clock).start()
    clock.advance(5 * 60_000 - 1)
    expect(fired).toBe(0)
    clock.advance(1)
    expect(fired).toBe(1)
    clock.advance(60 * 60_000)
    expect(fired).toBe(1)
  })

  it('waits again from the last activity instead of firing mid-use', () => {
    const clock = new ManualClock()
    let fired = 0
    const timer = new IdleTimer(60_000, () => fired++, clock)
    timer.start()
    clock.advance(50_000)
    timer.touch()
    clock.advance(50_000)
    expect(fired).toBe(0)
    clock.advance(10_000)
    expect(fired).toBe(1)
  })

  it('never fires after it is stopped', () => {
    const clock = new ManualClock()
    let fired = 0
    const timer = new IdleTimer(1_000, () => fired++, clock)
    timer.start()
    timer.stop()
    clock.advance(10_000)
    expect(fired).toBe(0)
  })
})
