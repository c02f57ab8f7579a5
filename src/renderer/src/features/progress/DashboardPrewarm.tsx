import { useEffect, useRef } from 'react'
import { today as localToday } from '../../app/today'
import { useJournalSnapshot } from '../journal/JournalContext'
import { memoisedDashboard } from './dashboardMemo'
import { localTimeZone } from './localTimeZone'
import { useProgressSnapshot } from './useProgressStore'

/**
 * Builds the dashboard once the journal is open and the browser is idle, so the first visit to
 * Progress finds it in the memo. The first build after unlock is the slow one (70–90 ms in
 * `npm run bench`, while the code is still cold); spent idle, it never delays a screen.
 * Renders nothing; mount it once inside the journal's providers.
 */
export function DashboardPrewarm() {
  const journal = useJournalSnapshot()
  const records = useProgressSnapshot()
  const ready = journal.status === 'ready' && records.status === 'ready'
  // Once per unlock: later builds run warm (about 10 ms) and only when Progress is open.
  const done = useRef(false)
  useEffect(() => {
    if (!ready || done.current) return
    const build = () => {
      done.current = true
      memoisedDashboard(
        {
          entries: journal.entries,
          agreements: records.agreements,
          commitments: records.commitments,
          commitmentLogs: records.commitmentLogs,
          milestones: records.milestones,
        },
        localToday(),
        localTimeZone(),
      )
    }
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(build, 500)
      return () => window.clearTimeout(timer)
    }
    const handle = requestIdleCallback(build, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }, [ready, journal.entries, records])
  return null
}
