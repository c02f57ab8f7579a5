import type { DiffPart } from '../domain/apology/drafts/wordDiff'

export interface ApologyDiffColumnsProps {
  readonly parts: readonly DiffPart[]
  readonly beforeLabel: string
  readonly afterLabel: string
}

/**
 * Two versions side by side: removed words struck through on the left, added words underlined
 * on the right, each also announced in words ("removed: …") so colour is never the only cue.
 */
export function ApologyDiffColumns({ parts, beforeLabel, afterLabel }: ApologyDiffColumnsProps) {
  return (
    <div className="apology-diff">
      <section className="apology-diff__column" aria-label={beforeLabel}>
        <h4>{beforeLabel}</h4>
        <div className="apology-diff__text">
          {parts.map((part, i) =>
            part.kind === 'added' ? null : part.kind === 'removed' ? (
              <del key={i}>
                <span className="visually-hidden">[removed: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              part.text
            ),
          )}
        </div>
      </section>
      <section className="apology-diff__column" aria-label={afterLabel}>
        <h4>{afterLabel}</h4>
        <div className="apology-diff__text">
          {parts.map((part, i) =>
            part.kind === 'removed' ? null : part.kind === 'added' ? (
              <ins key={i}>
                <span className="visually-hidden">[added: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </ins>
            ) : (
              part.text
            ),
          )}
        </div>
      </section>
    </div>
  )
}
