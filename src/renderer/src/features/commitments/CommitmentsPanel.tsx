import { useCallback, useMemo } from 'react'
import { archiveCommitment, unarchiveCommitment } from '../../domain/commitments/commitment'
import { addDays, startOfWeek, type LocalDate } from '../../domain/commitments/calendar/localDate'
import { indexLogs } from '../../domain/commitments/commitmentLog'
import { heatmap } from '../../domain/commitments/heatmap'
import type { Commitment } from '../../domain/commitments/types'
import { useToasts } from '../../app/ToastContext'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Heatmap } from '../../ui/Heatmap'
import { HeatmapLegend } from '../../ui/HeatmapLegend'
import { localTimeZone } from '../progress/localTimeZone'
import { useProgressSnapshot, useProgressStore } from '../progress/useProgressStore'
import { CommitmentCard } from './CommitmentCard'
import { heatmapWeeksFor } from './heatmapWeeks'
import { useCommitmentShortcuts } from './useCommitmentShortcuts'

export interface CommitmentsPanelProps {
  readonly today: LocalDate
  readonly onNew: () => void
  readonly onEdit: (commitmentId: string) => void
}

function isCurrent(commitment: Commitment, today: LocalDate): boolean {
  return commitment.archivedOn === null || commitment.archivedOn > today
}

/** Small repeated actions, each logged with one click or key press. */
export function CommitmentsPanel({ today, onNew, onEdit }: CommitmentsPanelProps) {
  const store = useProgressStore()
  const snapshot = useProgressSnapshot()
  const toasts = useToasts()
  const logs = useMemo(() => indexLogs(snapshot.commitmentLogs), [snapshot.commitmentLogs])
  const current = useMemo(
    () => snapshot.commitments.filter((c) => isCurrent(c, today)),
    [snapshot.commitments, today],
  )
  const archived = snapshot.commitments.filter((c) => !isCurrent(c, today))
  const titles = new Map(snapshot.agreements.map((a) => [a.id, a.title]))

  const toggle = useCallback(
    async (commitmentId: string, date: LocalDate) => {
      const result = await store.toggleDay(commitmentId, date, new Date(), localTimeZone())
      if (!result.ok) toasts.show({ message: result.error.message })
    },
    [store, toasts],
  )
  const onDigit = useCallback(
    (index: number) => {
      const commitment = current[index]
      if (commitment) void toggle(commitment.id, today)
    },
    [current, toggle, today],
  )
  useCommitmentShortcuts(Math.min(current.length, 9), onDigit)

  async function save(next: Commitment, message: string, undo: Commitment) {
    const saved = await store.saveCommitment(next)
    if (!saved.ok) {
      toasts.show({ message: saved.error.message })
      return
    }
    toasts.show({
      message,
      undo: () =>
        void store.saveCommitment(undo).then((restored) => {
          if (!restored.ok) toasts.show({ message: restored.error.message })
        }),
    })
  }

  function archive(commitment: Commitment) {
    const archived = archiveCommitment(commitment, today, new Date())
    if (!archived.ok) toasts.show({ message: archived.error.message })
    else
      void save(archived.value, 'Commitment archived. Its history stays in Progress.', commitment)
  }

  const overallWeeks = heatmapWeeksFor(
    current.reduce((first, c) => {
      const start = c.schedules[0]?.effectiveFrom ?? today
      return start < first ? start : first
    }, today),
    today,
  )
  const overall = useMemo(() => {
    const monday = startOfWeek(today)
    return heatmap(
      current,
      logs,
      addDays(monday, -7 * (overallWeeks - 1)),
      addDays(monday, 6),
      today,
    )
  }, [current, logs, overallWeeks, today])

  return (
    <div className="stack">
      <div className="row row--between">
        <p className="muted">
          Mark a day with a click, or press its number key. A missed day never wipes out the days
          you kept.
        </p>
        <Button variant="primary" onClick={onNew}>
          New commitment
        </Button>
      </div>
      {current.length === 0 ? (
        <EmptyState title="No commitments yet">
          <p>
            A commitment is a small caring action you repeat: a walk together, a message at lunch,
            an honest answer when asked. Consistency, not perfection, is what rebuilds trust.
          </p>
        </EmptyState>
      ) : (
        <>
          {current.length > 1 && (
            <section className="card" aria-labelledby="all-commitments-heading">
              <h3 id="all-commitments-heading">All commitments together</h3>
              <div className="heatmap-frame">
                <Heatmap
                  scale={1.4}
                  cells={overall}
                  today={today}
                  label={`All commitments: the last ${overallWeeks} weeks, one square a day.`}
                />
              </div>
              <HeatmapLegend />
            </section>
          )}
          {current.map((commitment, index) => {
            const link = commitment.link
            return (
              <CommitmentCard
                key={commitment.id}
                commitment={commitment}
                logs={logs}
                today={today}
                shortcut={index < 9 ? index + 1 : null}
                linkedTitle={
                  link?.kind === 'agreement' ? (titles.get(link.agreementId) ?? null) : null
                }
                onToggle={(date) => void toggle(commitment.id, date)}
                onEdit={() => onEdit(commitment.id)}
                onArchive={() => archive(commitment)}
              />
            )
          })}
        </>
      )}
      {archived.length > 0 && (
        <details className="card">
          <summary>
            <h3 className="inline-heading">Archived ({archived.length})</h3>
          </summary>
          <ul className="plain-list">
            {archived.map((commitment) => (
              <li key={commitment.id} className="row row--between">
                <span>{commitment.title}</span>
                <Button
                  size="small"
                  onClick={() =>
                    void save(
                      unarchiveCommitment(commitment, new Date()),
                      'Commitment brought back.',
                      commitment,
                    )
                  }
                >
                  Bring back
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
