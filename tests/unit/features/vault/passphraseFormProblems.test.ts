import { describe, expect, it } from 'vitest'
import {
  findPassphraseFormProblems,
  firstProblemField,
  submitProblemFrom,
  type PassphraseFormInput,
} from '@renderer/features/vault/passphraseFormProblems'

const weak = { meetsMinimum: false, explanation: 'Use at least 10 characters.' }
const fine = { meetsMinimum: true, explanation: 'Strong.' }

function input(overrides: Partial<PassphraseFormInput>): PassphraseFormInput {
  return {
    name: null,
    currentPassphrase: null,
    passphrase: 'lantern orchard gravel whisper',
    confirmation: 'lantern orchard gravel whisper',
    assessment: fine,
    ...overrides,
  }
}

describe('passphrase form problems', () => {
  it('finds none in a complete, strong, matching form', () => {
    expect(findPassphraseFormProblems(input({}))).toEqual({})
  })

  it('reports a weak passphrase and a mismatch together, each on its own field', () => {
    const problems = findPassphraseFormProblems(
      input({ passphrase: 'short', confirmation: 'shirt', assessment: weak }),
    )
    expect(problems).toEqual({
      passphrase: 'Use at least 10 characters.',
      confirmation: 'The two passphrases are different. Type the same passphrase in both boxes.',
    })
    expect(firstProblemField(problems)).toBe('passphrase')
  })

  it('puts the fields in the order they appear, so focus goes to the first problem', () => {
    const problems = findPassphraseFormProblems(
      input({ name: ' ', currentPassphrase: '', passphrase: '', confirmation: '' }),
    )
    expect(Object.keys(problems)).toEqual(['name', 'current', 'passphrase'])
    expect(firstProblemField(problems)).toBe('name')
  })

  it('refuses the passphrase in use now as the new one', () => {
    const same = 'lantern orchard gravel whisper'
    expect(findPassphraseFormProblems(input({ currentPassphrase: same })).passphrase).toBe(
      'This is the passphrase you use now. Choose a different one.',
    )
  })

  it('sends the vault’s answers to the field they are about, the rest above the button', () => {
    expect(submitProblemFrom({ code: 'wrong-passphrase', message: 'm' }).field).toBe('current')
    expect(submitProblemFrom({ code: 'weak-passphrase', message: 'm' }).field).toBe('passphrase')
    expect(submitProblemFrom({ code: 'invalid-name', message: 'm' }).field).toBe('name')
    expect(submitProblemFrom({ code: 'storage-full', message: 'm' }).field).toBe('form')
  })
})
