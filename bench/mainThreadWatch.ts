/**
 * How long the page's main thread was kept busy while some work ran: the longest gap between
 * beats of a setTimeout(0) heartbeat (any block, however short) and the longest 'longtask' entry
 * Chromium reports (tasks of 50 ms or more, the threshold where input starts to feel late).
 */
export interface MainThreadBlocks {
  /** Longest time between two heartbeats, in ms. Never below the 4 ms timer clamp. */
  readonly longestGapMs: number
  /** Longest task of 50 ms or more, in ms; 0 when there was none. */
  readonly longestTaskMs: number
}

export interface MainThreadWatch {
  stop(): Promise<MainThreadBlocks>
}

export function watchMainThread(): MainThreadWatch {
  let longestGapMs = 0
  let longestTaskMs = 0
  let lastBeat = performance.now()
  let stopped = false
  const beat = () => {
    if (stopped) return
    const now = performance.now()
    longestGapMs = Math.max(longestGapMs, now - lastBeat)
    lastBeat = now
    setTimeout(beat, 0)
  }
  setTimeout(beat, 0)
  const noteTasks = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) longestTaskMs = Math.max(longestTaskMs, entry.duration)
  }
  const observer = new PerformanceObserver((list) => noteTasks(list.getEntries()))
  observer.observe({ type: 'longtask' })
  return {
    async stop() {
      // One more turn, so a block that ended the work is measured and its longtask delivered.
      await new Promise((resolve) => setTimeout(resolve, 0))
      stopped = true
      longestGapMs = Math.max(longestGapMs, performance.now() - lastBeat)
      noteTasks(observer.takeRecords())
      observer.disconnect()
      return { longestGapMs, longestTaskMs }
    },
  }
}
