/**
 * Keeps one daily reminder armed while Mend (or its browser tab) is open. Runtime-free: the clock, the time zone, the
 * timer and the notification are passed in, so tests drive it with a fake clock.
 */
import { nextReminderAt, type WallClockTime } from './reminderTime'

export interface ReminderSchedulerDeps<Timer> {
  readonly now: () => number
  /** Read on every arming, so a trip across time zones is followed. */
  readonly timeZone: () => string
  readonly setTimer: (fire: () => void, delayMs: number) => Timer
  readonly clearTimer: (timer: Timer) => void
  /** Shows the fixed reminder text; it is never given journal content. */
  readonly notify: () => void
}

export interface ReminderScheduler {
  set(time: WallClockTime | null): void
  /** Re-arms after the computer wakes: timers do not count time spent asleep. */
  refresh(): void
  /** When the next reminder is due (epoch ms), or null when none is set. */
  nextDueAt(): number | null
  dispose(): void
}

/** 1 s: a timer that wakes a little early re-arms rather than ringing twice. */
const earlyToleranceMs = 1000

export function createReminderScheduler<Timer>(
  deps: ReminderSchedulerDeps<Timer>,
): ReminderScheduler {
  let time: WallClockTime | null = null
  let timer: Timer | null = null
  let dueAt: number | null = null

  function disarm(): void {
    if (timer !== null) deps.clearTimer(timer)
    timer = null
    dueAt = null
  }

  /** Arms for the first due time strictly after `after` (by default, now). */
  function arm(after: number = deps.now()): void {
    disarm()
    if (time === null) return
    const target = nextReminderAt(time, after, deps.timeZone())
    dueAt = target
    timer = deps.setTimer(() => fire(target), Math.max(0, target - deps.now()))
  }

  function fire(target: number): void {
    if (deps.now() < target - earlyToleranceMs) {
      arm()
      return
    }
    deps.notify()
    arm(Math.max(deps.now(), target))
  }

  return {
    set(next) {
      time = next
      arm()
    },
    refresh: () => arm(),
    nextDueAt: () => dueAt,
    dispose() {
      time = null
      disarm()
    },
  }
}
