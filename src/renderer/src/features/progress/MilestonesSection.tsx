import { useState, type FormEvent } from 'react'
import type { Result } from '@shared/result'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import type { Dashboard } from '../../domain/progress/buildDashboard'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { TextField } from '../../ui/TextField'
import { useFormDraft } from '../formDrafts/useFormDraft'

export interface MilestonesSectionProps {
  readonly dashboard: Dashboard
  /** The warm sentence after a milestone is marked reached, or null. */
  readonly celebration: string | null
  readonly onDefine: (title: string) => Promise<Result<void>>
  readonly onReach: (milestoneId: string) => void
  readonly onUnreach: (milestoneId: string) => void
  readonly onRemove: (milestoneId: string) => void
}

/** Steps the person names in advance and marks reached, with a quiet word when they do. */
export function MilestonesSection(props: MilestonesSectionProps) {
  const { open, reached } = props.dashboard.milestones
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const kept = useFormDraft('milestone:new', { title }, (restored) => setTitle(restored.title))

  async function define(event: FormEvent) {
    event.preventDefault()
    const defined = await props.onDefine(title)
    if (!defined.ok) {
      setProblem(defined.error.message)
      return
    }
    kept.forget()
    setProblem(null)
    setTitle('')
  }

  return (
    <section className="card progress-card" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones</h2>
      <p className="muted">
        Name a step you hope for, like “first honest conversation about money”, and mark it when it
        happens.
      </p>
      <div className="celebration" role="status">
        {props.celebration && <p className="celebration__text">{props.celebration}</p>}
      </div>
      {open.length > 0 && (
        <ul className="plain-list milestone-list" aria-label="Milestones to look out for">
          {open.map((milestone) => (
            <li key={milestone.id} className="milestone-list__item">
              <span>{milestone.title}</span>
              <span className="row">
                <Button
                  size="small"
                  variant="primary"
                  aria-label={`Mark “${milestone.title}” reached`}
                  onClick={() => props.onReach(milestone.id)}
                >
                  Mark reached
                </Button>
                <Button
                  size="small"
                  variant="quiet"
                  aria-label={`Remove “${milestone.title}”`}
                  onClick={() => props.onRemove(milestone.id)}
                >
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {reached.length > 0 && (
        <>
          <h3>Reached</h3>
          <ul className="plain-list milestone-list" aria-label="Milestones reached, newest first">
            {[...reached].reverse().map((marker) => (
              <li key={marker.id} className="milestone-list__item milestone-list__item--reached">
                <span>
                  <span aria-hidden="true">✦ </span>
                  {marker.label}
                  <span className="muted"> — {readableDate(marker.date)}</span>
                </span>
                <Button
                  size="small"
                  variant="quiet"
                  aria-label={`“${marker.label}” is not reached yet`}
                  onClick={() => props.onUnreach(marker.id)}
                >
                  Not yet
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="milestone-form" onSubmit={(event) => void define(event)} noValidate>
        <KeptDraftNote shown={kept.keptFromBefore} />
        <TextField
          label="A milestone to look out for"
          value={title}
          error={problem}
          onChange={(event) => setTitle(event.target.value)}
        />
        <Button type="submit">Add milestone</Button>
      </form>
    </section>
  )
}
