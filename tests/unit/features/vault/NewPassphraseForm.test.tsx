// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { NewPassphraseForm } from '@renderer/features/vault/NewPassphraseForm'
import type { SubmitProblem } from '@renderer/features/vault/passphraseFormProblems'

afterEach(cleanup)

const strong = 'lantern orchard gravel whisper'
// zxcvbn's dictionaries load on first use, which can take a moment in a test.
const slow = { timeout: 10_000 }

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: true }) as HTMLInputElement
}

function type(label: string, value: string) {
  fireEvent.change(field(label), { target: { value } })
}

function errorOf(label: string): string | null {
  const input = field(label)
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  const error = ids
    .map((id) => document.getElementById(id))
    .find((node) => node?.classList.contains('field__error'))
  return error?.textContent ?? null
}

function renderForm(
  props: {
    askForCurrent?: boolean
    initialName?: string
    onSubmit?: () => Promise<SubmitProblem | null>
  } = {},
) {
  const onSubmit = vi.fn(props.onSubmit ?? (async () => null))
  render(
    <NewPassphraseForm
      submitLabel="Save"
      busyLabel="Saving…"
      passphraseLabel={props.askForCurrent ? 'New passphrase' : 'Passphrase'}
      {...(props.askForCurrent ? { askForCurrent: true } : {})}
      {...(props.initialName !== undefined ? { initialName: props.initialName } : {})}
      onSubmit={onSubmit}
    />,
  )
  return onSubmit
}

describe('NewPassphraseForm', () => {
  it('puts each error under its own field and moves focus to the first one', async () => {
    const onSubmit = renderForm({ initialName: '' })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(document.activeElement).toBe(field('Journal name')))
    expect(field('Journal name').getAttribute('aria-invalid')).toBe('true')
    expect(errorOf('Journal name')).toBe(
      'Give your journal a name, so you can tell it apart on the lock screen.',
    )
    expect(errorOf('Passphrase')).toBe(
      'Choose a passphrase: a few unrelated words you will remember.',
    )
    expect(errorOf('Type it again')).toBeNull()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('reports a mismatch at once, whatever the passphrase’s strength', async () => {
    renderForm()
    type('Passphrase', 'short')
    type('Type it again', 'shirt')
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(document.activeElement).toBe(field('Passphrase')), slow)
    await waitFor(
      () => expect(errorOf('Passphrase')).toMatch(/^Use at least 10 characters\./),
      slow,
    )
    expect(errorOf('Type it again')).toBe(
      'The two passphrases are different. Type the same passphrase in both boxes.',
    )
  })

  it('re-evaluates each error as the person types, so none goes stale', async () => {
    renderForm()
    type('Passphrase', 'short')
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(errorOf('Passphrase')).toMatch(/Use at least 10 characters/), slow)

    type('Passphrase', 'password123')
    await waitFor(
      () => expect(errorOf('Passphrase')).not.toMatch(/Use at least 10 characters/),
      slow,
    )
    expect(errorOf('Passphrase')).toMatch(/^This is a commonly used password\./)

    type('Passphrase', strong)
    await waitFor(() => expect(errorOf('Passphrase')).toBeNull(), slow)
    expect(errorOf('Type it again')).toMatch(/^Type your new passphrase again/)
    type('Type it again', strong)
    expect(errorOf('Type it again')).toBeNull()
  })

  it('shows the vault’s refusal of the current passphrase under it, with focus there and the text selected', async () => {
    const onSubmit = renderForm({
      askForCurrent: true,
      onSubmit: async () => ({
        field: 'current',
        message: 'That passphrase doesn’t open this journal.',
      }),
    })
    type('Current passphrase', 'not it at all')
    type('New passphrase', strong)
    type('Type it again', strong)
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(
      () =>
        expect(onSubmit).toHaveBeenCalledWith({
          name: '',
          currentPassphrase: 'not it at all',
          passphrase: strong,
        }),
      slow,
    )
    await waitFor(() =>
      expect(errorOf('Current passphrase')).toBe('That passphrase doesn’t open this journal.'),
    )
    const current = field('Current passphrase')
    await waitFor(() => expect(document.activeElement).toBe(current))
    expect([current.selectionStart, current.selectionEnd]).toEqual([0, 'not it at all'.length])

    type('Current passphrase', 'not it at all!')
    expect(errorOf('Current passphrase')).toBeNull()
  })

  it('asks for the current passphrase before sending anything', async () => {
    const onSubmit = renderForm({ askForCurrent: true })
    type('New passphrase', strong)
    type('Type it again', strong)
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(document.activeElement).toBe(field('Current passphrase')), slow)
    expect(errorOf('Current passphrase')).toBe(
      'Type the passphrase you use now to unlock this journal.',
    )
    expect(onSubmit).not.toHaveBeenCalled()
  })
})
