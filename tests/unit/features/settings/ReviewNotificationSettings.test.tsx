// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail } from '@shared/result'
import { ReviewNotificationSettings } from '@renderer/features/settings/ReviewNotificationSettings'
import {
  MemoryRecordStore,
  notifyingPlatform,
  settingsRecordId,
  withSettings,
} from './settingsTestKit'

afterEach(cleanup)

const label = 'Let me know when an agreement is due for review'

function savedReviewSetting(records: MemoryRecordStore): unknown {
  return (records.payload('settings', settingsRecordId) as { reviewNotifications?: unknown })
    ?.reviewNotifications
}

describe('ReviewNotificationSettings', () => {
  it('starts off and says the notification never names an agreement', () => {
    const { platform } = notifyingPlatform()
    render(withSettings(new MemoryRecordStore(), platform, <ReviewNotificationSettings />))
    const checkbox = screen.getByLabelText(label) as HTMLInputElement
    expect(checkbox.checked).toBe(false)
    expect(checkbox.getAttribute('aria-describedby')).toBe('review-notifications-privacy')
    expect(
      screen.getByText(
        'The notification only says that an agreement is due, never which one or anything you have written.',
      ),
    ).toBeTruthy()
  })

  it('asks the platform for permission when turned on, then saves the choice', async () => {
    const records = new MemoryRecordStore()
    const { platform, allowReviewNotifications } = notifyingPlatform()
    render(withSettings(records, platform, <ReviewNotificationSettings />))
    fireEvent.click(screen.getByLabelText(label))
    await waitFor(() =>
      expect((screen.getByLabelText(label) as HTMLInputElement).checked).toBe(true),
    )
    expect(allowReviewNotifications).toHaveBeenCalledTimes(1)
    expect(savedReviewSetting(records)).toEqual({ enabled: true, lastNotifiedOn: null })
  })

  it('stays off and explains why when the browser refuses', async () => {
    const records = new MemoryRecordStore()
    const message =
      'Your browser is blocking notifications from Mend, so it cannot tell you when a review is due.'
    const { platform } = notifyingPlatform(fail('notifications-blocked', message))
    render(withSettings(records, platform, <ReviewNotificationSettings />))
    fireEvent.click(screen.getByLabelText(label))
    expect((await screen.findByRole('alert')).textContent).toBe(message)
    expect((screen.getByLabelText(label) as HTMLInputElement).checked).toBe(false)
    expect(records.writes).toBe(0)
  })

  it('turns off without asking for anything', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', settingsRecordId, {
      reviewNotifications: { enabled: true, lastNotifiedOn: '2026-03-25' },
    })
    const { platform, allowReviewNotifications } = notifyingPlatform()
    render(withSettings(records, platform, <ReviewNotificationSettings />))
    await waitFor(() =>
      expect((screen.getByLabelText(label) as HTMLInputElement).checked).toBe(true),
    )
    fireEvent.click(screen.getByLabelText(label))
    await waitFor(() =>
      expect(savedReviewSetting(records)).toEqual({ enabled: false, lastNotifiedOn: '2026-03-25' }),
    )
    expect(allowReviewNotifications).not.toHaveBeenCalled()
  })
})
