/**
 * Every failure the vault reports to a person, in one place so the wording stays consistent:
 * what happened, and what they can do. Codes are stable; the UI may branch on them.
 */
import { fail, type Result } from '@shared/result'

export const vaultErrors = {
  wrongPassphrase: () => fail('wrong-passphrase', 'That passphrase doesn’t open this journal.'),
  wrongRecoveryWords: () =>
    fail(
      'wrong-recovery-words',
      'Those words don’t open this journal. Check each word and its place against your recovery sheet.',
    ),
  storageFull: () =>
    fail(
      'storage-full',
      'Your computer is out of space, so this could not be saved. Your words are still here; free some space and it will save again.',
    ),
  storageFullForPassphrase: () =>
    fail(
      'storage-full',
      'Your computer is out of space, so the new passphrase could not be saved. Your old passphrase still opens this journal; free some space and try again.',
    ),
  saveFailed: () =>
    fail(
      'save-failed',
      'Mend could not save this just now. Your words are still here; try saving again in a moment.',
    ),
  locked: () =>
    fail(
      'vault-locked',
      'This journal is locked, so nothing more can be saved in this window. Unlock it to carry on.',
    ),
  weakPassphrase: (explanation: string) =>
    fail('weak-passphrase', `This passphrase is too easy to guess. ${explanation}`),
  invalidName: () =>
    fail(
      'invalid-name',
      'Give the journal a name of 1 to 60 characters, so you can recognise it on the lock screen.',
    ),
  journalNotFound: () =>
    fail(
      'journal-not-found',
      'Mend could not find this journal on this computer. Choose it again from the list.',
    ),
  journalDamaged: () =>
    fail(
      'journal-damaged',
      'This journal’s key information is damaged, so it cannot be opened. If you have a backup, you can restore it.',
    ),
  journalTooNew: () =>
    fail(
      'journal-too-new',
      'This journal was last opened by a newer version of Mend. Update Mend, then open it again.',
    ),
  storageUnavailable: () =>
    fail(
      'storage-unavailable',
      'Mend could not reach this computer’s storage just now. Close other Mend windows and try again.',
    ),
  outOfMemory: () =>
    fail(
      'key-derivation-failed',
      'Mend could not finish checking the passphrase, most likely because the computer is short of memory. Close a few other programs and try again.',
    ),
  cryptoUnavailable: () =>
    fail(
      'crypto-unavailable',
      'Mend could not start its encryption, so no journal can be opened or created right now. Restart Mend; if this keeps happening, reinstall it.',
    ),
  createFailed: () =>
    fail(
      'create-failed',
      'The journal could not be created just now, and nothing was saved. Check that your computer has free space, then try again.',
    ),
  passphraseNotChanged: () =>
    fail(
      'passphrase-not-changed',
      'The new passphrase could not be saved, so your old passphrase still opens this journal. Try again in a moment.',
    ),
  currentPassphraseNeeded: () =>
    fail(
      'current-passphrase-needed',
      'Type the passphrase you use now to unlock this journal, so Mend knows it is you.',
    ),
  storageFullForRecoveryWords: () =>
    fail(
      'storage-full',
      'Your computer is out of space, so no new recovery words were made. Your current words still open this journal; free some space and try again.',
    ),
  recoveryWordsNotChanged: () =>
    fail(
      'recovery-words-not-changed',
      'New recovery words could not be saved, so your current words still open this journal. Try again in a moment.',
    ),
} satisfies Record<string, (...args: never[]) => Result<never>>
