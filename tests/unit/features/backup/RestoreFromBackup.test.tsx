// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail, ok, type Result } from '@shared/result'
import type { BackupProgressOptions, RestoredJournal } from '@renderer/db/backupTypes'
import type { VaultDirectory, VaultSession } from '@renderer/db/types'
import { RestoreFromBackup } from '@renderer/features/backup/RestoreFromBackup'
import {
  fixtureBytes,
  fixtureJournalId,
  platformOpening,
  withProviders,
} from './backupComponentKit'

afterEach(cleanup)

const restoredSession = (mustChangePassphrase: boolean) =>
  ({ journal: { id: fixtureJournalId, name: 'Sam' }, mustChangePassphrase }) as VaultSession

function fakeDirectory(
  restore: (options: BackupProgressOptions) => Promise<Result<RestoredJournal>>,
  existing: readonly string[] = [],
) {
  const calls: unknown[][] = []
  const directory = {
    list: async () => existing.map((id) => ({ id, name: 'Sam' })),
    restoreBackup: async (bytes: Uint8Array, secret: unknown, options?: BackupProgressOptions) => {
      calls.push([bytes, secret])
      return restore(options ?? {})
    },
  } as Partial<VaultDirectory> as VaultDirectory
  return { directory, calls }
}

function renderRestore(directory: VaultDirectory, onRestored = vi.fn()) {
  render(
    withProviders(
      platformOpening(fixtureBytes),
      null,
      <RestoreFromBackup
        directory={directory}
        onRestored={onRestored}
        onCancel={() => undefined}
        cancelLabel="Back to unlock"
      />,
    ),
  )
  return onRestored
}

async function chooseFile() {
  fireEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }))
}

describe('RestoreFromBackup', () => {
  it('says at once that a journal already on this computer should be merged instead', async () => {
    const { directory, calls } = fakeDirectory(async () => fail('x', 'x'), [fixtureJournalId])
    renderRestore(directory)
    await chooseFile()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('already on this computer')
    expect(alert.textContent).toContain('Merge a backup')
    expect(screen.queryByLabelText(/Passphrase/)).toBeNull()
    expect(calls).toEqual([])
  })

  it('shows progress, then the restored journal, and opens it only when asked', async () => {
    let finish: (result: Result<RestoredJournal>) => void = () => undefined
    const session = restoredSession(false)
    const { directory, calls } = fakeDirectory(
      (options) =>
        new Promise((resolve) => {
          options.onProgress?.({ phase: 'verifying', done: 2, total: 4 })
          finish = resolve
        }),
    )
    const onRestored = renderRestore(directory)
    await chooseFile()
    fireEvent.change(await screen.findByLabelText(/Passphrase of the backed-up journal/), {
      target: { value: 'lantern orchard gravel whisper' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Restore journal' }))
    const bar = await screen.findByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('58')
    expect(bar.getAttribute('aria-valuetext')).toBe('Checking every item in the backup, 2 of 4')
    expect(calls).toEqual([[fixtureBytes, { passphrase: 'lantern orchard gravel whisper' }]])

    finish(ok({ session, restoredRecords: 3, damagedRecords: 1 }))
    const heading = await screen.findByRole('heading', { name: '“Sam” is restored' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(screen.getByText(/3 items are back on this computer/)).toBeTruthy()
    expect(screen.getByText(/1 item was already damaged/)).toBeTruthy()
    expect(onRestored).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Open my journal' }))
    expect(onRestored).toHaveBeenCalledWith(session)
  })

  it('keeps wrong recovery words on the field and says a new passphrase comes next after the right ones', async () => {
    const answers = [
      fail<RestoredJournal>('wrong-recovery-words', "Those words don't open this backup."),
      ok({ session: restoredSession(true), restoredRecords: 3, damagedRecords: 0 }),
    ]
    const { directory, calls } = fakeDirectory(async () => answers.shift() ?? fail('x', 'x'))
    renderRestore(directory)
    await chooseFile()
    fireEvent.click(await screen.findByRole('radio', { name: 'Its recovery words' }))
    const words = Array.from({ length: 24 }, () => 'abandon').join(' ')
    fireEvent.change(screen.getByLabelText(/Recovery words of the backed-up journal/), {
      target: { value: words },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Restore journal' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Those words don't open this backup.",
    )
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByLabelText(/Recovery words of the backed-up journal/),
      ),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Restore journal' }))
    expect(await screen.findByText(/choose a new passphrase next/)).toBeTruthy()
    expect(calls).toHaveLength(2)
  })
})
