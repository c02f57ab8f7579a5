import type { TimerHost } from '../../../src/renderer/src/app/idleTimer'

/** Timers that move only when a test says so. */
export class ManualClock implements TimerHost {
  private time = 0
  private nextId = 1
  private readonly timers = new Map<number, { at: number; fn: () => void }>()

  now(): number {
    return this.time
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++
    this.timers.set(id, { at: this.time + ms, fn })
    return id
  }

  clearTimeout(id: number): void {
    this.timers.delete(id)
  }

  /** Moves time forward, firing due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const target = this.time + ms
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      const [id, timer] = due
      this.timers.delete(id)
      this.time = timer.at
      timer.fn()
    }
    this.time = target
  }
}
