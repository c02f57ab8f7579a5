// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { AgreementRepository } from '@renderer/db/agreementRepository'
import { ReviewNotifier } from '@renderer/features/agreements/ReviewNotifier'
import { progressStoreFor } from '@renderer/features/progress/useProgressStore'
import { agreement } from '../../domain/agreements/agreementFixtures'
import {
  MemoryRecordStore,
  notifyingPlatform,
  settingsRecordId,
  withSettings,
} from '../settings/settingsTestKit'

const hourMs = 60 * 60 * 1000

beforeEach(() => {
  vi.useFakeTimers()
  // 09:00 on 25 March 2026, local time: "today" is 2026-03-25 wherever the tests run.
  vi.setSystemTime(new Date(2026, 2, 25, 9, 0, 0))
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

async function journalWith(
  reviewDates: readonly string[],
  reviewNotifications = { enabled: true, lastNotifiedOn: null as string | null },
) {
  const records = new MemoryRecordStore()
  const repository = new AgreementRepository(records)
  for (const [index, reviewDate] of reviewDates.entries()) {
    await repository.save(agreement({ reviewDate }, `agreement-${index}`))
  }
  await records.put('settings', settingsRecordId, { reviewNotifications })
  return records
}

async function open(records: MemoryRecordStore) {
  const notifications = notifyingPlatform()
  render(withSettings(records, notifications.platform, <ReviewNotifier />))
  await act(() => vi.advanceTimersByTimeAsync(100))
  return notifications
}

function lastNotifiedOn(records: MemoryRecordStore): unknown {
  const saved = records.payload('settings', settingsRecordId) as {
    reviewNotifications: { lastNotifiedOn: unknown }
  }
  return saved.reviewNotifications.lastNotifiedOn
}

describe('ReviewNotifier', () => {
  it('notifies once with the count of reviews due today or overdue, and remembers the day', async () => {
    const records = await journalWith(['2026-03-25', '2026-03-20', '2026-03-30'])
    const { notifyReviewsDue } = await open(records)
    expect(notifyReviewsDue.mock.calls).toEqual([[2]])
    expect(lastNotifiedOn(records)).toBe('2026-03-25')

    await act(() => vi.advanceTimersByTimeAsync(hourMs))
    expect(notifyReviewsDue).toHaveBeenCalledTimes(1)
  })

  it('does not notify again on a day it already has, as after locking and unlocking', async () => {
    const records = await journalWith(['2026-03-25'], {
      enabled: true,
      lastNotifiedOn: '2026-03-25',
    })
    const { notifyReviewsDue } = await open(records)
    expect(notifyReviewsDue).not.toHaveBeenCalled()
  })

  it('stays quiet while the setting is off', async () => {
    const records = await journalWith(['2026-03-25'], { enabled: false, lastNotifiedOn: null })
    const { notifyReviewsDue } = await open(records)
    expect(notifyReviewsDue).not.toHaveBeenCalled()
  })

  it('notices a review falling due at local midnight while Mend stays open', async () => {
    const records = await journalWith(['2026-03-26'])
    const { notifyReviewsDue } = await open(records)
    expect(notifyReviewsDue).not.toHaveBeenCalled()

    // 09:00 → just past midnight into 26 March.
    await act(() => vi.advanceTimersByTimeAsync(15 * hourMs + 2000))
    expect(notifyReviewsDue.mock.calls).toEqual([[1]])
    expect(lastNotifiedOn(records)).toBe('2026-03-26')
  })

  it('notices an agreement saved with today as its review date', async () => {
    const records = await journalWith([])
    const { notifyReviewsDue } = await open(records)
    expect(notifyReviewsDue).not.toHaveBeenCalled()

    await act(async () => {
      await progressStoreFor(records).saveAgreement(agreement({ reviewDate: '2026-03-25' }, 'new'))
    })
    expect(notifyReviewsDue.mock.calls).toEqual([[1]])
  })
})
