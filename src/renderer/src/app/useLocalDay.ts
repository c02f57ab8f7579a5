import { useEffect, useState } from 'react'
import { nextReminderAt } from '@shared/reminderTime'
import { today } from './today'

/**
 * 1 s past midnight: a timer that wakes a hair early would otherwise still read yesterday. It
 * re-arms either way, so early or late only shifts the change by moments.
 */
const pastMidnightMs = 1000

const midnight = { hour: 0, minute: 0 } as const

/**
 * The person's local calendar day, "YYYY-MM-DD", that moves on at local midnight while Mend stays
 * open, so things that fall due on a date (agreement reviews) are noticed without a reload.
 * Also re-reads the day when the window regains focus: browsers slow timers in background tabs.
 */
export function useLocalDay(): string {
  const [day, setDay] = useState(today)
  const [wakeups, setWakeups] = useState(0)

  useEffect(() => {
    const now = Date.now()
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    // nextReminderAt finds the next 00:00 across daylight-saving changes, even where one skips it.
    const delayMs = nextReminderAt(midnight, now, timeZone) - now + pastMidnightMs
    const timer = window.setTimeout(() => {
      setDay(today())
      setWakeups((count) => count + 1)
    }, delayMs)
    return () => window.clearTimeout(timer)
  }, [wakeups])

  useEffect(() => {
    const reread = () => setDay(today())
    window.addEventListener('focus', reread)
    return () => window.removeEventListener('focus', reread)
  }, [])

  return day
}
