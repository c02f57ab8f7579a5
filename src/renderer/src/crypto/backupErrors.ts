/**
 * Every failure of making, restoring or merging a .mendbackup, worded for the person: what
 * happened, and what they can do. Restores and merges check everything before writing, so each
 * message can promise that nothing was changed.
 */
import { fail, type Result } from '@shared/result'
import { fileTooLargeMessage } from '@shared/fileLimits'

export const backupErrors = {
  notABackup: () =>
    fail(
      'backup-not-mend',
      "This file isn't a Mend backup, so nothing was restored. Check that you picked a .mendbackup file.",
    ),
  tooNew: () =>
    fail(
      'backup-too-new',
      'This backup was made by a newer version of Mend, so nothing was restored. Update Mend, then try again.',
    ),
  damaged: () =>
    fail(
      'backup-damaged',
      'This backup is damaged or incomplete, so nothing was restored and your journal is unchanged. Try another backup file if you have one.',
    ),
  tooLarge: (maxBytes: number) => fail('backup-too-large', fileTooLargeMessage(maxBytes)),
  wrongPassphrase: () =>
    fail(
      'wrong-passphrase',
      "That passphrase doesn't open this backup. Use the passphrase the journal had when the backup was made, or its recovery words.",
    ),
  wrongRecoveryWords: () =>
    fail(
      'wrong-recovery-words',
      "Those words don't open this backup. Check each word and its place against the recovery sheet of the journal it came from.",
    ),
  needsSecret: () =>
    fail(
      'backup-needs-passphrase',
      "This backup is of another journal. Type that journal's passphrase, or its recovery words, to bring its entries in.",
    ),
  journalExists: () =>
    fail(
      'backup-journal-exists',
      'This journal is already on this computer, so it was not restored a second time. Open it and choose "Merge a backup" to bring back anything missing.',
    ),
  keyDerivationFailed: () =>
    fail(
      'key-derivation-failed',
      'Mend could not finish checking the passphrase, most likely because the computer is short of memory. Close a few other programs and try again.',
    ),
  storageFull: () =>
    fail(
      'storage-full',
      'Your computer is out of space, so nothing was restored and your journals are unchanged. Free some space and try again.',
    ),
  writeFailed: () =>
    fail(
      'restore-failed',
      'The backup could not be written just now, so nothing was changed. Close other Mend windows and try again.',
    ),
  readFailed: () =>
    fail(
      'backup-failed',
      'Mend could not read this journal to back it up just now. Nothing was changed; try again in a moment.',
    ),
} satisfies Record<string, (...args: never[]) => Result<never>>
