/**
 * Cuts long synchronous work (sealing or opening a backup's chunks and records) into slices of
 * about one frame, pausing for the event loop between them so the window keeps responding.
 */
import { yieldToEventLoop, type YieldToEventLoop } from './yieldToEventLoop'

export interface TimeSlicer {
  /**
   * Called between units of work. Resolves at once while the current slice has time left;
   * otherwise after a pause, and a new slice starts. May reject to stop the work (see
   * db/lockAwareSlicer.ts), so callers clean up in `finally`.
   */
  checkpoint(): Promise<void>
}

export interface TimeSlicerOptions {
  /** 16 ms: one frame at 60 Hz, well under the 50 ms at which input starts to feel late. */
  readonly budgetMs?: number
  readonly now?: () => number
  readonly pause?: YieldToEventLoop
}

const RESOLVED = Promise.resolve()

export function timeSlicer(options: TimeSlicerOptions = {}): TimeSlicer {
  const { budgetMs = 16, now = () => performance.now(), pause = yieldToEventLoop } = options
  let sliceStarted = now()
  return {
    checkpoint() {
      if (now() - sliceStarted < budgetMs) return RESOLVED
      return pause().then(() => {
        sliceStarted = now()
      })
    },
  }
}
