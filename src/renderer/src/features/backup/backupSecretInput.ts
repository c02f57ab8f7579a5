/**
 * What the person typed to open a backup of another journal, checked before the slow Argon2id
 * run so a missing word is pointed out at once rather than after a second's wait.
 */
import { fail, ok, type Result } from '@shared/result'
import type { BackupSecret } from '../../db/backupTypes'

export type BackupSecretMode = 'passphrase' | 'recovery-words'

export interface BackupSecretInput {
  readonly mode: BackupSecretMode
  readonly passphrase: string
  readonly wordsText: string
}

export const emptyBackupSecretInput: BackupSecretInput = {
  mode: 'passphrase',
  passphrase: '',
  wordsText: '',
}

const RECOVERY_WORD_COUNT = 24

/** Spaces, line breaks, commas and the numbers of a printed sheet are all fine. */
export function recoveryWordsFrom(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

export function backupSecretFrom(input: BackupSecretInput): Result<BackupSecret> {
  if (input.mode === 'passphrase') {
    if (input.passphrase.length === 0) {
      return fail(
        'passphrase-missing',
        'Type the passphrase that journal had when the backup was made, or use its recovery words.',
      )
    }
    return ok({ passphrase: input.passphrase })
  }
  const words = recoveryWordsFrom(input.wordsText)
  if (words.length !== RECOVERY_WORD_COUNT) {
    return fail(
      'recovery-words-count',
      `Recovery words come in a set of ${RECOVERY_WORD_COUNT}; this has ${words.length}. Check the sheet you saved.`,
    )
  }
  return ok({ recoveryWords: words })
}
