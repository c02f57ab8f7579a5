/**
 * How long the lock screen pauses after the n-th wrong passphrase in a row. This is friction for
 * someone guessing at the keyboard, not the real defence: a person who copies the disk bypasses
 * the app, and there each guess costs a full Argon2id run (docs/FORMAT.md). So the schedule
 * stays gentle: typos cost nothing, and the owner is never locked out.
 */
const FREE_ATTEMPTS = 2
const FIRST_DELAY_MS = 1_000
const MAX_DELAY_MS = 30_000

/** `failedAttempts` counts consecutive failures, 1 after the first. 0, 0, 1 s, 2 s, 4 s … 30 s. */
export function unlockDelayMs(failedAttempts: number): number {
  if (!Number.isFinite(failedAttempts) || failedAttempts <= FREE_ATTEMPTS) return 0
  const doublings = Math.min(failedAttempts - FREE_ATTEMPTS - 1, 16)
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS)
}
