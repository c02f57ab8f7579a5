import { useState } from 'react'
import { ok, type Result } from '@shared/result'
import {
  defineMilestone,
  reachMilestone,
  unreachMilestone,
  type Milestone,
} from '../../domain/progress/milestone'
import { newId } from '../../app/newId'
import { routeToHash } from '../../app/routes'
import { useToasts } from '../../app/ToastContext'
import { today as localToday } from '../../app/today'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useJournalSnapshot } from '../journal/JournalContext'
import { celebrationLine } from './celebrationLine'
import { memoisedDashboard } from './dashboardMemo'
import { localTimeZone } from './localTimeZone'
import { ProgressDashboardView } from './ProgressDashboardView'
import { useProgressSnapshot, useProgressStore } from './useProgressStore'
import { useWeeklyReflection } from './useWeeklyReflection'

const entryHref = (entryId: string) => routeToHash({ area: 'journal', entryId })
const newEntryHref = routeToHash({ area: 'journal', entryId: 'new' })
const agreementsHref = routeToHash({ area: 'agreements' })

export function ProgressArea() {
  const journal = useJournalSnapshot()
  const store = useProgressStore()
  const records = useProgressSnapshot()
  const toasts = useToasts()
  const writeReflection = useWeeklyReflection()
  const [celebration, setCelebration] = useState<string | null>(null)
  const day = localToday()

  if (journal.status === 'loading' || records.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Progress" />
        <p className="muted">Gathering your progress…</p>
      </div>
    )
  }
  if (journal.status === 'failed' || records.status === 'failed') {
    return (
      <div className="page">
        <PageHeader title="Progress" />
        <Notice tone="error">
          Mend could not read your journal from this computer’s storage, so progress cannot be
          shown. Lock and unlock to try again; nothing has been changed.
        </Notice>
      </div>
    )
  }

  const dashboard = memoisedDashboard(
    {
      entries: journal.entries,
      agreements: records.agreements,
      commitments: records.commitments,
      commitmentLogs: records.commitmentLogs,
      milestones: records.milestones,
    },
    day,
    localTimeZone(),
  )
  const find = (id: string) => records.milestones.find((milestone) => milestone.id === id)

  async function save(
    milestone: Milestone,
    message?: string,
    undo?: Milestone,
  ): Promise<Result<void>> {
    const saved = await store.saveMilestone(milestone)
    if (!saved.ok) toasts.show({ message: saved.error.message })
    else if (message) toasts.show({ message, undo: undo ? () => void save(undo) : undefined })
    return saved
  }

  return (
    <ProgressDashboardView
      dashboard={dashboard}
      isEmpty={
        journal.entries.length === 0 &&
        records.agreements.length === 0 &&
        records.commitments.length === 0
      }
      celebration={celebration}
      onDefineMilestone={async (title) => {
        const defined = defineMilestone(title, newId(), new Date())
        if (!defined.ok) return defined
        const saved = await save(defined.value)
        return saved.ok ? ok(undefined) : saved
      }}
      onReachMilestone={(id) => {
        const milestone = find(id)
        const reached = milestone && reachMilestone(milestone, new Date(), day)
        if (!milestone || !reached) return
        if (!reached.ok) {
          toasts.show({ message: reached.error.message })
          return
        }
        void save(reached.value).then((saved) => {
          if (saved.ok) setCelebration(celebrationLine(milestone.id, milestone.title))
        })
      }}
      onUnreachMilestone={(id) => {
        const milestone = find(id)
        if (!milestone) return
        setCelebration(null)
        void save(unreachMilestone(milestone), 'Marked as not reached yet.', milestone)
      }}
      onRemoveMilestone={(id) => {
        void store.deleteMilestone(id).then((removed) => {
          if (!removed.ok) toasts.show({ message: removed.error.message })
          else
            toasts.show({
              message: 'Milestone removed.',
              focusUndo: true,
              undo: () => void save(removed.value),
            })
        })
      }}
      onWriteReflection={() => void writeReflection()}
      entryHref={entryHref}
      newEntryHref={newEntryHref}
      agreementsHref={agreementsHref}
    />
  )
}
