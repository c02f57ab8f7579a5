import { describe, expect, it } from 'vitest'
import { timeSlicer } from '@renderer/crypto/timeSlicer'
import { yieldToEventLoop } from '@renderer/crypto/yieldToEventLoop'

describe('a time slicer', () => {
  it('lets work run for about one frame (16 ms), then pauses once and starts a new slice', async () => {
    let clock = 0
    let pauses = 0
    const slicer = timeSlicer({
      now: () => clock,
      pause: async () => {
        pauses += 1
        clock += 1
      },
    })
    clock = 15
    await slicer.checkpoint()
    expect(pauses).toBe(0)
    clock = 16
    await slicer.checkpoint()
    expect(pauses).toBe(1)
    // The new slice began when the pause ended, at 17.
    clock = 32
    await slicer.checkpoint()
    expect(pauses).toBe(1)
    clock = 33
    await slicer.checkpoint()
    expect(pauses).toBe(2)
  })

  it('takes another budget', async () => {
    let clock = 0
    let pauses = 0
    const slicer = timeSlicer({ budgetMs: 5, now: () => clock, pause: async () => void pauses++ })
    for (clock = 1; clock <= 20; clock += 1) await slicer.checkpoint()
    expect(pauses).toBe(4)
  })
})

describe('yielding to the event loop', () => {
  it('waits for a new task: every promise callback already queued, and those they queue, run first', async () => {
    let microtasks = 0
    const spin = () => {
      microtasks += 1
      if (microtasks < 100) queueMicrotask(spin)
    }
    queueMicrotask(spin)
    await yieldToEventLoop()
    expect(microtasks).toBe(100)
  })
})
