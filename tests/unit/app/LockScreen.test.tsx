// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail } from '@shared/result'
import { LockScreen } from '@renderer/app/LockScreen'
import type { VaultDirectory } from '@renderer/db/types'

afterEach(cleanup)

const journals = [{ id: '0123456789abcdef0123456789abcdef', name: 'Sam' }]

describe('LockScreen', () => {
  it('after a wrong passphrase, returns focus to the field with its text selected', async () => {
    const unlock = vi.fn(async () =>
      fail('wrong-passphrase', 'That passphrase doesn’t open this journal.'),
    )
    const directory = { unlock } as Partial<VaultDirectory> as VaultDirectory
    render(
      <LockScreen
        directory={directory}
        journals={journals}
        onUnlocked={vi.fn()}
        onCreateAnother={vi.fn()}
      />,
    )
    const input = screen.getByLabelText('Passphrase') as HTMLInputElement
    fireEvent.change(input, { target: { value: 'not my passphrase' } })
    const button = screen.getByRole('button', { name: 'Unlock' })
    // As a real click does: focus leaves the field for the button.
    button.focus()
    fireEvent.click(button)

    expect((await screen.findByRole('alert')).textContent).toBe(
      'That passphrase doesn’t open this journal.',
    )
    await waitFor(() => expect(document.activeElement).toBe(input))
    expect(input.disabled).toBe(false)
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'not my passphrase'.length])
  })
})
