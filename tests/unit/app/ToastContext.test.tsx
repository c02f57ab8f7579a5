// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ToastProvider, useToasts, type ToastRequest } from '@renderer/app/ToastContext'

function ShowButton({ request }: { readonly request: ToastRequest }) {
  const toasts = useToasts()
  return (
    <button type="button" onClick={() => toasts.show(request)}>
      Show
    </button>
  )
}

function renderWith(request: ToastRequest) {
  render(
    <ToastProvider>
      <main id="main" tabIndex={0}>
        <ShowButton request={request} />
      </main>
    </ToastProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Show' }))
}

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('are announced politely and leave on their own after four seconds', () => {
    renderWith({ message: 'Check-in added.' })
    expect(screen.getByRole('status').textContent).toContain('Check-in added.')
    act(() => vi.advanceTimersByTime(4000))
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('show two at most, the oldest making way for the newest', () => {
    renderWith({ message: 'Saved.' })
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2)
    // The dropped toast's timer went with it: the two left still leave after their four seconds.
    act(() => vi.advanceTimersByTime(4000))
    expect(screen.queryAllByRole('button', { name: 'Dismiss' })).toHaveLength(0)
  })

  it('close with Escape, newest first', () => {
    renderWith({ message: 'Agreement added.' })
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2)
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Dismiss' }).getAttribute('aria-keyshortcuts')).toBe(
      'Escape',
    )
  })

  it('leave Escape alone when something on the page has already used it', () => {
    renderWith({ message: 'Prompt hidden.' })
    const event = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })
    event.preventDefault()
    act(() => {
      window.dispatchEvent(event)
    })
    expect(screen.getByRole('status').textContent).toContain('Prompt hidden.')
  })

  it('wait while Undo has focus, and hand focus back to the content when they close', () => {
    const undo = vi.fn()
    renderWith({ message: 'Entry deleted.', undo })
    const undoButton = screen.getByRole('button', { name: 'Undo' })
    act(() => undoButton.focus())
    act(() => vi.advanceTimersByTime(20_000))
    expect(screen.getByRole('status').textContent).toContain('Entry deleted.')
    fireEvent.click(undoButton)
    expect(undo).toHaveBeenCalledOnce()
    expect(screen.getByRole('status').textContent).toBe('')
    expect(document.activeElement?.id).toBe('main')
  })

  it('never let Escape throw away an Undo, which is how people back out of a deletion', () => {
    renderWith({ message: 'Entry deleted.', undo: vi.fn() })
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Dismiss' }).getAttribute('aria-keyshortcuts')).toBeNull()
  })

  it('put focus on Undo after a deletion, and keep the toast while it is there', () => {
    renderWith({ message: 'Agreement deleted.', undo: vi.fn(), focusUndo: true })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }))
    act(() => vi.advanceTimersByTime(20_000))
    expect(screen.getByRole('status').textContent).toContain('Agreement deleted.')
  })
})
