import { describe, expect, it } from 'vitest'
import {
  backupSecretFrom,
  emptyBackupSecretInput,
  recoveryWordsFrom,
} from '@renderer/features/backup/backupSecretInput'

const words = Array.from({ length: 24 }, (_, index) => `word${'abcdefghijklmnopqrstuvwx'[index]}`)

describe('backupSecretFrom', () => {
  it('passes a typed passphrase on exactly as typed', () => {
    expect(backupSecretFrom({ ...emptyBackupSecretInput, passphrase: ' Café au lait ' })).toEqual({
      ok: true,
      value: { passphrase: ' Café au lait ' },
    })
  })

  it('asks for a passphrase before any slow check when none was typed', () => {
    const result = backupSecretFrom(emptyBackupSecretInput)
    expect(result.ok ? '' : result.error.message).toContain('Type the passphrase')
  })

  it('reads 24 recovery words from a numbered, line-broken copy of the sheet', () => {
    const sheet = words.map((word, index) => `${index + 1}. ${word.toUpperCase()}`).join('\n')
    expect(recoveryWordsFrom(sheet)).toEqual(words)
    expect(backupSecretFrom({ mode: 'recovery-words', passphrase: '', wordsText: sheet })).toEqual({
      ok: true,
      value: { recoveryWords: words },
    })
  })

  it('says how many words there are when it is not 24', () => {
    const result = backupSecretFrom({
      mode: 'recovery-words',
      passphrase: 'ignored',
      wordsText: words.slice(0, 23).join(' '),
    })
    expect(result.ok ? '' : result.error.message).toBe(
      'Recovery words come in a set of 24; this has 23. Check the sheet you saved.',
    )
  })
})
