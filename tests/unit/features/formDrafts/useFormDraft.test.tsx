// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { useState } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SessionContext } from '@renderer/app/SessionContext'
import { flushPendingWrites } from '@renderer/app/pendingWrites'
import { FORM_DRAFTS_RECORD_ID } from '@renderer/db/formDraftsRecord'
import type { VaultSession } from '@renderer/db/types'
import { useFormDraft } from '@renderer/features/formDrafts/useFormDraft'
import { KeptDraftNote } from '@renderer/ui/KeptDraftNote'
import { MemoryRecordStore } from '../progress/memoryRecordStore'

afterEach(cleanup)

function NoteForm() {
  const [note, setNote] = useState('')
  const kept = useFormDraft('test:note', { note }, (restored) => setNote(restored.note))
  return (
    <form onSubmit={(event) => (event.preventDefault(), kept.forget())}>
      <KeptDraftNote shown={kept.keptFromBefore} />
      <label>
        Note
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit">Send</button>
    </form>
  )
}

function renderInJournal(records: MemoryRecordStore) {
  const session = { vault: { records } as unknown as VaultSession, lock: () => undefined }
  return render(
    <SessionContext.Provider value={session}>
      <NoteForm />
    </SessionContext.Provider>,
  )
}

const stored = (records: MemoryRecordStore) => records.payload('settings', FORM_DRAFTS_RECORD_ID)

/** The keeper reads the record once, asynchronously, before it keeps anything. */
async function typeNote(text: string) {
  await act(async () => {})
  fireEvent.change(screen.getByLabelText('Note'), { target: { value: text } })
}

describe('useFormDraft', () => {
  it('keeps typed words in the encrypted form-drafts record by the time a lock has finished its writes', async () => {
    const records = new MemoryRecordStore()
    renderInJournal(records)
    await typeNote('Something I want to say')
    await flushPendingWrites()
    expect(stored(records)).toEqual({
      drafts: { 'test:note': { note: 'Something I want to say' } },
    })
  })

  it('brings kept words back into a form that opens after a lock, with a quiet line', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', FORM_DRAFTS_RECORD_ID, {
      drafts: { 'test:note': { note: 'Typed before the lock' } },
    })
    renderInJournal(records)
    expect(await screen.findByDisplayValue('Typed before the lock')).toBeTruthy()
    expect(screen.getByText('Kept from before Mend locked.')).toBeTruthy()
  })

  it('never replaces words typed while the kept draft was still being read', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', FORM_DRAFTS_RECORD_ID, {
      drafts: { 'test:note': { note: 'Old' } },
    })
    renderInJournal(records)
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'New' } })
    await act(async () => {})
    await flushPendingWrites()
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('New')
    expect(stored(records)).toEqual({ drafts: { 'test:note': { note: 'New' } } })
  })

  it('brings words back after leaving the form in the same session, without the line', async () => {
    const records = new MemoryRecordStore()
    const first = renderInJournal(records)
    await typeNote('Half a thought')
    first.unmount()
    renderInJournal(records)
    expect(await screen.findByDisplayValue('Half a thought')).toBeTruthy()
    expect(screen.queryByText('Kept from before Mend locked.')).toBeNull()
  })

  it('lets the draft go once the form is sent', async () => {
    const records = new MemoryRecordStore()
    renderInJournal(records)
    await typeNote('Sent now')
    await flushPendingWrites()
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(records.rows.size).toBe(0))
  })

  it('keeps nothing for a form cleared back to how it opened', async () => {
    const records = new MemoryRecordStore()
    renderInJournal(records)
    await typeNote('Never mind')
    await flushPendingWrites()
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '' } })
    await flushPendingWrites()
    expect(records.rows.size).toBe(0)
  })

  it('ignores a kept draft of the wrong shape and opens the form empty', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', FORM_DRAFTS_RECORD_ID, { drafts: { 'test:note': { note: 7 } } })
    renderInJournal(records)
    await act(async () => {})
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('')
    expect(screen.queryByText('Kept from before Mend locked.')).toBeNull()
  })

  it('keeps nothing, and does not fail, outside an unlocked journal', () => {
    render(<NoteForm />)
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Just a test' } })
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('Just a test')
  })
})
