/**
 * What to do when the page holds its own close because words are still being saved (its
 * beforeunload handler). The first hold is answered by closing again shortly, by which time the
 * write has normally finished; a second hold soon after means the write cannot finish (a full
 * disk, say), and only then is the person asked. Electron-free so it can be tested.
 */
export type UnloadHoldDecision = 'close-again-soon' | 'ask'

export interface UnloadHoldPolicy {
  onHeld(): UnloadHoldDecision
}

/** 1 s is far longer than a save takes (about 10 ms), and short enough to feel like one close. */
export const closeAgainDelayMs = 1000
/** A hold more than 10 s after the last one is a new attempt to close, not the retry failing. */
const sameAttemptMs = 10_000

export function createUnloadHoldPolicy(now: () => number): UnloadHoldPolicy {
  let lastHeldAt: number | null = null
  return {
    onHeld() {
      const at = now()
      const retrying = lastHeldAt !== null && at - lastHeldAt <= sameAttemptMs
      lastHeldAt = retrying ? null : at
      return retrying ? 'ask' : 'close-again-soon'
    },
  }
}
