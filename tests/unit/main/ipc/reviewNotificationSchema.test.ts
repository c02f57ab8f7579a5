import { describe, expect, it } from 'vitest'
import { invokeArgSchemas } from '../../../../src/main/ipc/schemas'
import {
  createInvokeDispatcher,
  type InvokeHandlers,
} from '../../../../src/main/ipc/invokeDispatcher'
import { reminderHandlers } from '../../../../src/main/ipc/reminderHandlers'
import type { ReminderScheduler } from '../../../../src/shared/reminderScheduler'
import { maxReviewDueCount } from '../../../../src/shared/reviewNotification'

function accepts(args: readonly unknown[]): boolean {
  return invokeArgSchemas['reminder:notify-reviews'].safeParse(args).success
}

describe('reminder:notify-reviews payload', () => {
  it('accepts a whole count from 0 to the limit', () => {
    expect(accepts([0])).toBe(true)
    expect(accepts([1])).toBe(true)
    expect(accepts([maxReviewDueCount])).toBe(true)
  })

  it.each([
    ['a negative count', [-1]],
    ['a huge count', [maxReviewDueCount + 1]],
    ['a fraction', [1.5]],
    ['not a number', [Number.NaN]],
    ['infinity', [Number.POSITIVE_INFINITY]],
    ['a string of text', ['Phone-free dinners is due']],
    ['a numeric string', ['2']],
    ['an object with a title', [{ count: 1, title: 'Phone-free dinners' }]],
    ['no count', []],
    ['a count with extra text', [1, 'Phone-free dinners']],
  ])('refuses %s', (_label, args) => {
    expect(accepts(args)).toBe(false)
  })
})

describe('reminder:notify-reviews handler', () => {
  const scheduler = {} as ReminderScheduler

  function dispatcherWith(shown: number[]) {
    const handlers = reminderHandlers({ scheduler, notifyReviews: (count) => shown.push(count) })
    return createInvokeDispatcher<null>({
      handlers: handlers as unknown as InvokeHandlers<null>,
      isTrustedSender: () => true,
      reportError: () => undefined,
    })
  }

  it('passes only the validated count on to the notification', async () => {
    const shown: number[] = []
    const dispatch = dispatcherWith(shown)
    expect(await dispatch('reminder:notify-reviews', null, null, [2])).toEqual({
      ok: true,
      value: undefined,
    })
    expect(shown).toEqual([2])
  })

  it('never reaches the notification with a bad payload', async () => {
    const shown: number[] = []
    const dispatch = dispatcherWith(shown)
    const answer = await dispatch('reminder:notify-reviews', null, null, ['Phone-free dinners'])
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(shown).toEqual([])
  })
})
