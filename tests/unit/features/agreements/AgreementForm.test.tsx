// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ok } from '@shared/result'
import { AgreementForm } from '@renderer/features/agreements/AgreementForm'

afterEach(cleanup)

describe('AgreementForm', () => {
  it('names every problem beside its field and moves focus to the first one', async () => {
    const onSubmit = vi.fn()
    render(<AgreementForm today="2026-03-02" onSubmit={onSubmit} onCancel={() => undefined} />)
    fireEvent.change(screen.getByLabelText('Look at it together again on'), {
      target: { value: '2026-03-01' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save agreement' }))
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Kind of agreement')),
    )
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent)
    expect(alerts).toEqual([
      'Choose what kind of agreement this is.',
      'Give the agreement a short title, so you can both find it later.',
      'Write what at least one of you will do, so the agreement is clear to both.',
      'The review date is before the start. Pick 2 March 2026 or later.',
    ])
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('hands over a complete draft, reviewing four weeks after the start unless changed', async () => {
    const onSubmit = vi.fn(async () => ok(undefined))
    render(<AgreementForm today="2026-03-02" onSubmit={onSubmit} onCancel={() => undefined} />)
    fireEvent.change(screen.getByLabelText('Kind of agreement'), { target: { value: 'boundary' } })
    fireEvent.change(screen.getByLabelText('Title'), {
      target: { value: 'No secrets about money' },
    })
    fireEvent.change(screen.getByLabelText('What my partner will do'), {
      target: { value: 'Ask calmly.' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save agreement' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]).toEqual([
      {
        kind: 'boundary',
        title: 'No secrets about money',
        whatIWillDo: '',
        whatMyPartnerWillDo: 'Ask calmly.',
        whyItMatters: '',
        startDate: '2026-03-02',
        reviewDate: '2026-03-30',
      },
    ])
  })
})
