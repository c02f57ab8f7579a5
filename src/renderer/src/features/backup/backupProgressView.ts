/**
 * Turns the db layer's { phase, done, total } into what the progress bar shows: one bar that only
 * moves forward across the phases of an operation, and a plain sentence for each phase.
 */
import type { BackupPhase, BackupProgress } from '../../db/backupTypes'

export type BackupOperation = 'create' | 'merge' | 'restore'

export interface BackupProgressView {
  /** Whole percent, 0–100, across the whole operation. */
  readonly percent: number
  /** "Checking every item in the backup". */
  readonly label: string
  /** What a screen reader announces: "Checking every item in the backup, 120 of 400". */
  readonly valueText: string
}

const phaseWords: Readonly<Record<BackupOperation, Readonly<Record<BackupPhase, string>>>> = {
  create: {
    reading: 'Reading your journal',
    sealing: 'Encrypting the backup',
    unlocking: 'Checking the passphrase',
    verifying: 'Checking every item',
    writing: 'Saving',
  },
  merge: {
    reading: 'Reading the backup',
    sealing: 'Encrypting',
    unlocking: 'Checking the passphrase',
    verifying: 'Checking every item in the backup',
    writing: 'Adding to your journal',
  },
  restore: {
    reading: 'Reading the backup',
    sealing: 'Encrypting',
    unlocking: 'Checking the passphrase',
    verifying: 'Checking every item in the backup',
    writing: 'Saving the journal on this computer',
  },
}

/**
 * Where each phase sits on the bar, in percent. Reading and sealing only happen when making a
 * backup; the others only when opening one. Checking the passphrase is one slow Argon2id run
 * (about a second), so it gets a visible share although it reports no steps of its own.
 */
const phaseSpans: Readonly<Record<BackupPhase, readonly [number, number]>> = {
  reading: [0, 10],
  sealing: [10, 100],
  unlocking: [0, 30],
  verifying: [30, 85],
  writing: [85, 100],
}

export function backupProgressView(
  operation: BackupOperation,
  progress: BackupProgress,
): BackupProgressView {
  const [from, to] = phaseSpans[progress.phase]
  const fraction = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0
  const percent = Math.round(from + (to - from) * fraction)
  const label = phaseWords[operation][progress.phase]
  // "1 of 1" says nothing about one passphrase check; counts help only for items.
  const valueText = progress.total > 1 ? `${label}, ${progress.done} of ${progress.total}` : label
  return { percent, label, valueText }
}
