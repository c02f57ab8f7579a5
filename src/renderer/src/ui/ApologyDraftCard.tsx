import type { ApologyStatus } from '../domain/apology/drafts/types'
import { ApologyStatusBadge } from './ApologyStatusBadge'
import { Button } from './Button'

export interface ApologyDraftCardProps {
  readonly title: string
  readonly href: string
  readonly status: ApologyStatus
  readonly deliveredOn: string | null
  /** "Last edited 3 May 2026". */
  readonly lastEdited: string
  /** "4 of 7 steps written", or "Edited as a whole letter". */
  readonly progress: string
  readonly onRename: () => void
  readonly onDelete: () => void
}

export function ApologyDraftCard({
  title,
  href,
  status,
  deliveredOn,
  lastEdited,
  progress,
  onRename,
  onDelete,
}: ApologyDraftCardProps) {
  return (
    <li className="apology-draft-card card">
      <div className="apology-draft-card__main">
        <h3 className="apology-draft-card__title">
          <a href={href}>{title}</a>
        </h3>
        <p className="muted apology-draft-card__meta">
          <ApologyStatusBadge status={status} deliveredOn={deliveredOn} />
          <span>{lastEdited}</span>
          <span aria-hidden="true">·</span>
          <span>{progress}</span>
        </p>
      </div>
      <div className="row">
        <Button size="small" onClick={onRename} aria-label={`Rename “${title}”`}>
          Rename
        </Button>
        <Button size="small" variant="danger" onClick={onDelete} aria-label={`Delete “${title}”`}>
          Delete
        </Button>
      </div>
    </li>
  )
}
