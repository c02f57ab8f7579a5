// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/result'
import { MergeBackup } from '@renderer/features/backup/MergeBackup'
import { peekMergeNotice } from '@renderer/features/backup/mergedNotice'
import {
  fakeSession,
  fixtureBytes,
  fixtureJournalId,
  platformOpening,
  withProviders,
} from './backupComponentKit'

afterEach(() => {
  cleanup()
  window.sessionStorage.clear()
})

const noChange = { added: 0, updated: 0, unchanged: 3, skippedDamaged: 0 }

async function chooseFixture() {
  fireEvent.click(screen.getByRole('button', { name: 'Merge a backup…' }))
  await screen.findByRole('form', { name: 'About this backup' })
}

describe('MergeBackup', () => {
  it('merges a backup of this journal without asking for a passphrase, then locks to reload', async () => {
    const merge = vi.fn(async () => ok({ added: 2, updated: 0, unchanged: 1, skippedDamaged: 0 }))
    const session = fakeSession(fixtureJournalId, { merge })
    render(withProviders(platformOpening(fixtureBytes), session, <MergeBackup />))
    await chooseFixture()
    expect(
      screen.getByText('It is a backup of this journal, so it needs no passphrase.'),
    ).toBeTruthy()
    expect(screen.queryByLabelText(/Passphrase/)).toBeNull()
    expect(document.activeElement?.textContent).toBe('About this backup')
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this journal' }))
    await waitFor(() => expect(session.locks).toEqual(['locked']))
    expect(merge).toHaveBeenCalledWith(fixtureBytes, null, expect.anything())
    expect(peekMergeNotice()).toBe('Backup merged: 2 added, 1 already here. Unlock to see them.')
  })

  it('asks for the other journal’s passphrase and keeps a wrong one on the field', async () => {
    const merge = vi.fn(async () =>
      fail('wrong-passphrase', "That passphrase doesn't open this backup."),
    )
    const session = fakeSession('0'.repeat(32), { merge })
    render(withProviders(platformOpening(fixtureBytes), session, <MergeBackup />))
    await chooseFixture()
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this journal' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Type the passphrase')
    expect(merge).not.toHaveBeenCalled()
    // No step changed here, so only an explicit request can have moved focus to the field.
    expect(document.activeElement).toBe(
      screen.getByLabelText(/Passphrase of the backed-up journal/),
    )

    fireEvent.change(screen.getByLabelText(/Passphrase of the backed-up journal/), {
      target: { value: 'not it' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this journal' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        "That passphrase doesn't open this backup.",
      ),
    )
    expect(merge).toHaveBeenCalledWith(fixtureBytes, { passphrase: 'not it' }, expect.anything())
    expect(document.activeElement).toBe(
      screen.getByLabelText(/Passphrase of the backed-up journal/),
    )
    expect(screen.getByRole('form', { name: 'About this backup' })).toBeTruthy()
    expect(session.locks).toEqual([])
  })

  it('shows a damaged backup’s message and goes back to the start, changing nothing', async () => {
    const damaged =
      'This backup is damaged or incomplete, so nothing was restored and your journal is unchanged.'
    const session = fakeSession(fixtureJournalId, {
      merge: async () => fail('backup-damaged', damaged),
    })
    render(withProviders(platformOpening(fixtureBytes), session, <MergeBackup />))
    await chooseFixture()
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this journal' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(damaged))
    expect(screen.queryByRole('form', { name: 'About this backup' })).toBeNull()
    expect(session.locks).toEqual([])
  })

  it('refuses a file that is not a backup before showing anything about it', async () => {
    const session = fakeSession(fixtureJournalId, { merge: vi.fn() })
    const photo = new TextEncoder().encode('not a backup at all, just some words')
    render(withProviders(platformOpening(photo, 'photo.mendbackup'), session, <MergeBackup />))
    fireEvent.click(screen.getByRole('button', { name: 'Merge a backup…' }))
    expect((await screen.findByRole('alert')).textContent).toContain("isn't a Mend backup")
    expect(screen.queryByRole('form')).toBeNull()
  })

  it('says calmly when everything was already here, and stays unlocked', async () => {
    const session = fakeSession(fixtureJournalId, { merge: async () => ok(noChange) })
    render(withProviders(platformOpening(fixtureBytes), session, <MergeBackup />))
    await chooseFixture()
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this journal' }))
    const heading = await screen.findByRole('heading', { name: 'Nothing new to add' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(screen.getByText(/All 3 items in this backup are already in your journal/)).toBeTruthy()
    expect(session.locks).toEqual([])
  })
})
