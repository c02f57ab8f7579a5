/** Clock and timers as arguments, so tests can drive time by hand. */
export interface TimerHost {
  now(): number
  setTimeout(fn: () => void, ms: number): number
  clearTimeout(id: number): void
}

/**
 * Fires once after `idleMs` without a touch(). Activity arrives many times a second, so touch()
 * only records the time; the single pending timeout re-arms itself for the remainder when it fires.
 */
export class IdleTimer {
  private lastActivity = 0
  private pending: number | null = null
  private fired = false

  constructor(
    private readonly idleMs: number,
    private readonly onIdle: () => void,
    private readonly host: TimerHost,
  ) {}

  start(): void {
    this.lastActivity = this.host.now()
    this.arm(this.idleMs)
  }

  touch(): void {
    this.lastActivity = this.host.now()
  }

  stop(): void {
    if (this.pending !== null) this.host.clearTimeout(this.pending)
    this.pending = null
  }

  private arm(ms: number): void {
    this.pending = this.host.setTimeout(() => this.check(), ms)
  }

  private check(): void {
    this.pending = null
    if (this.fired) return
    const idleFor = this.host.now() - this.lastActivity
    if (idleFor >= this.idleMs) {
      this.fired = true
      this.onIdle()
    } else {
      this.arm(this.idleMs - idleFor)
    }
  }
}
