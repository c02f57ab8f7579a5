/**
 * What is wrong with each field of a passphrase form, worked out from the values alone so the
 * answer can be recomputed on every keystroke: an error never outlives the mistake it describes,
 * and each one sits under the field it is about.
 */
import type { AppError } from '@shared/result'

/** In the order they appear, which is also the order focus visits them after a failed submit. */
export const passphraseFields = ['name', 'current', 'passphrase', 'confirmation'] as const
export type PassphraseField = (typeof passphraseFields)[number]

export type PassphraseFormProblems = Partial<Record<PassphraseField, string>>

/** A problem found on submit by the vault itself: a field's, or the whole form's (a full disk). */
export interface SubmitProblem {
  readonly field: PassphraseField | 'form'
  readonly message: string
}

export interface PassphraseFormInput {
  /** null when the form has no journal-name field. */
  readonly name: string | null
  /** null when the form does not ask for the passphrase in use now. */
  readonly currentPassphrase: string | null
  readonly passphrase: string
  readonly confirmation: string
  /** How guessable `passphrase` is; null before the first assessment. */
  readonly assessment: { readonly meetsMinimum: boolean; readonly explanation: string } | null
}

function passphraseProblem(input: PassphraseFormInput): string | undefined {
  const { passphrase, currentPassphrase, assessment } = input
  if (passphrase.length === 0) {
    return 'Choose a passphrase: a few unrelated words you will remember.'
  }
  if (currentPassphrase !== null && passphrase === currentPassphrase) {
    return 'This is the passphrase you use now. Choose a different one.'
  }
  // The explanation already says what is wrong and what to do ("Use at least 10 characters…",
  // "This is a commonly used password…"); a "too easy to guess" in front would say it twice.
  if (assessment && !assessment.meetsMinimum) return assessment.explanation
  return undefined
}

function confirmationProblem(input: PassphraseFormInput): string | undefined {
  const { passphrase, confirmation } = input
  // With no passphrase yet there is nothing to repeat; the passphrase field says so.
  if (passphrase.length === 0) return undefined
  if (confirmation.length === 0) return 'Type your new passphrase again, to be sure of it.'
  if (confirmation !== passphrase) {
    return 'The two passphrases are different. Type the same passphrase in both boxes.'
  }
  return undefined
}

export function findPassphraseFormProblems(input: PassphraseFormInput): PassphraseFormProblems {
  const problems: Record<string, string | undefined> = {
    name:
      input.name !== null && input.name.trim().length === 0
        ? 'Give your journal a name, so you can tell it apart on the lock screen.'
        : undefined,
    current:
      input.currentPassphrase !== null && input.currentPassphrase.length === 0
        ? 'Type the passphrase you use now to unlock this journal.'
        : undefined,
    passphrase: passphraseProblem(input),
    confirmation: confirmationProblem(input),
  }
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ) as PassphraseFormProblems
}

export function firstProblemField(problems: PassphraseFormProblems): PassphraseField | null {
  return passphraseFields.find((field) => problems[field] !== undefined) ?? null
}

const fieldOfErrorCode: Readonly<Record<string, PassphraseField>> = {
  'wrong-passphrase': 'current',
  'current-passphrase-needed': 'current',
  'weak-passphrase': 'passphrase',
  'invalid-name': 'name',
}

/** Where the vault's answer belongs: under the field it is about, or above the button. */
export function submitProblemFrom(error: AppError): SubmitProblem {
  return { field: fieldOfErrorCode[error.code] ?? 'form', message: error.message }
}
