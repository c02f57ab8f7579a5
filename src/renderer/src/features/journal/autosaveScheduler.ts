import type { Result } from '@shared/result'
import type { TimerHost } from '../../app/idleTimer'

export type AutosaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly message: string }

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  readonly debounceMs: number
  /**
   * Longest a change may wait while typing continues. 2 s is the most typing a crash may cost
   * (issue 4); the debounce alone would wait for a pause that may never come.
   */
  readonly maxWaitMs: number
}

/**
 * Debounced saving with a ceiling, one write in flight at a time, and the latest value always the
 * one written. A failed write keeps the value and retries on the next change or on retry().
 */
export class AutosaveScheduler<T> {
  private latest: T | null = null
  private dirtySince: number | null = null
  private timer: number | null = null
  private inFlight: Promise<void> | null = null
  private status: AutosaveStatus = { state: 'saved' }

  constructor(
    private readonly save: (value: T) => Promise<Result<void>>,
    private readonly onStatus: (status: AutosaveStatus) => void,
    private readonly host: TimerHost,
    private readonly options: AutosaveOptions = { debounceMs: 700, maxWaitMs: 2000 },
  ) {}

  change(value: T): void {
    this.latest = value
    const now = this.host.now()
    this.dirtySince ??= now
    this.setStatus({ state: 'pending' })
    const waitedMs = now - this.dirtySince
    const delay = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - waitedMs))
    this.schedule(delay)
  }

  /** Writes any pending change now; resolves when nothing is left unsaved (or a write failed). */
  async flush(): Promise<void> {
    this.clearTimer()
    while (this.inFlight) await this.inFlight
    if (this.latest === null) return
    await this.writeLatest()
  }

  /** True while a change waits for its write or a write is under way. */
  get hasUnsaved(): boolean {
    return this.latest !== null || this.inFlight !== null
  }

  retry(): Promise<void> {
    return this.flush()
  }

  dispose(): void {
    this.clearTimer()
  }

  /** Forgets pending changes: for an entry being deleted, whose text must not come back. */
  discard(): void {
    this.clearTimer()
    this.latest = null
    this.dirtySince = null
  }

  private schedule(delayMs: number): void {
    this.clearTimer()
    this.timer = this.host.setTimeout(() => {
      this.timer = null
      void this.flush()
    }, delayMs)
  }

  private clearTimer(): void {
    if (this.timer !== null) this.host.clearTimeout(this.timer)
    this.timer = null
  }

  private async writeLatest(): Promise<void> {
    const value = this.latest as T
    this.latest = null
    this.dirtySince = null
    this.setStatus({ state: 'saving' })
    let settle: () => void = () => undefined
    this.inFlight = new Promise((resolve) => (settle = resolve))
    try {
      const result = await this.save(value)
      if (!result.ok) {
        // Keep the unsaved value unless a newer one arrived while writing.
        this.latest ??= value
        this.setStatus({ state: 'failed', message: result.error.message })
        return
      }
      this.setStatus(this.latest === null ? { state: 'saved' } : { state: 'pending' })
    } finally {
      this.inFlight = null
      settle()
    }
    if (this.latest !== null && this.timer === null) this.schedule(0)
  }

  private setStatus(status: AutosaveStatus): void {
    if (status.state === this.status.state && status.state !== 'failed') return
    this.status = status
    this.onStatus(status)
  }
}
