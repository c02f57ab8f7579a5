import { describe, expect, it } from 'vitest'
import { createReminderScheduler } from '../../../../src/shared/reminderScheduler'

function fakeClock(start: string) {
  let now = Date.parse(start)
  let nextId = 1
  const timers = new Map<number, { at: number; fire: () => void }>()
  return {
    now: () => now,
    setTimer: (fire: () => void, delayMs: number) => {
      const id = nextId++
      timers.set(id, { at: now + delayMs, fire })
      return id
    },
    clearTimer: (id: number) => void timers.delete(id),
    pending: () => timers.size,
    /** Moves the clock forward, firing due timers in order (like a machine that stays awake). */
    advanceTo(text: string) {
      const target = Date.parse(text)
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (due === undefined) break
        timers.delete(due[0])
        now = due[1].at
        due[1].fire()
      }
      now = target
    },
    /** Moves the clock without firing anything, as during sleep. */
    sleepUntil(text: string) {
      now = Date.parse(text)
    },
  }
}

function setUp(start: string) {
  const clock = fakeClock(start)
  const rings: string[] = []
  const scheduler = createReminderScheduler({
    now: clock.now,
    timeZone: () => 'UTC',
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    notify: () => rings.push(new Date(clock.now()).toISOString()),
  })
  return { clock, rings, scheduler }
}

describe('createReminderScheduler', () => {
  it('rings once a day at the chosen time', () => {
    const { clock, rings, scheduler } = setUp('2026-06-10T08:00:00Z')
    scheduler.set({ hour: 20, minute: 30 })
    clock.advanceTo('2026-06-12T23:00:00Z')
    expect(rings).toEqual([
      '2026-06-10T20:30:00.000Z',
      '2026-06-11T20:30:00.000Z',
      '2026-06-12T20:30:00.000Z',
    ])
  })

  it('stops ringing when the reminder is turned off', () => {
    const { clock, rings, scheduler } = setUp('2026-06-10T08:00:00Z')
    scheduler.set({ hour: 20, minute: 30 })
    scheduler.set(null)
    clock.advanceTo('2026-06-12T23:00:00Z')
    expect(rings).toEqual([])
    expect(clock.pending()).toBe(0)
    expect(scheduler.nextDueAt()).toBeNull()
  })

  it('re-arms for the right day after the computer slept through the reminder', () => {
    const { clock, rings, scheduler } = setUp('2026-06-10T08:00:00Z')
    scheduler.set({ hour: 20, minute: 30 })
    clock.sleepUntil('2026-06-11T09:00:00Z')
    scheduler.refresh()
    expect(new Date(scheduler.nextDueAt() ?? 0).toISOString()).toBe('2026-06-11T20:30:00.000Z')
    clock.advanceTo('2026-06-11T21:00:00Z')
    expect(rings).toEqual(['2026-06-11T20:30:00.000Z'])
  })

  it('does not ring early when a timer wakes before its time', () => {
    const { clock, rings, scheduler } = setUp('2026-06-10T08:00:00Z')
    const early: (() => void)[] = []
    const sneaky = createReminderScheduler({
      now: clock.now,
      timeZone: () => 'UTC',
      setTimer: (fire) => early.push(fire),
      clearTimer: () => undefined,
      notify: () => rings.push('early'),
    })
    sneaky.set({ hour: 20, minute: 30 })
    early[0]?.()
    expect(rings).toEqual([])
    expect(new Date(sneaky.nextDueAt() ?? 0).toISOString()).toBe('2026-06-10T20:30:00.000Z')
    scheduler.dispose()
  })
})
