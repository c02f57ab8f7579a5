export interface ApologyStepNavigatorItem {
  readonly id: string
  readonly title: string
  readonly answered: boolean
  /** What is left in a written step ("2 phrases still to look at"); '' when nothing is. */
  readonly stillToLookAt: string
  readonly optional: boolean
}

export interface ApologyStepNavigatorProps {
  readonly steps: readonly ApologyStepNavigatorItem[]
  readonly currentId: string
  readonly onSelect: (id: string) => void
}

/** What the step's marker says, in words for screen readers. */
function stepState(step: ApologyStepNavigatorItem): string | null {
  if (!step.answered) return null
  return step.stillToLookAt === '' ? 'written' : `written, ${step.stillToLookAt}`
}

/**
 * The builder's steps in order; any step can be opened. A written step carries a tick only when
 * nothing is left in it; one with flagged phrases or unfilled blanks carries a pencil instead, so
 * the row of ticks never says "done" while there is more to do.
 */
export function ApologyStepNavigator({ steps, currentId, onSelect }: ApologyStepNavigatorProps) {
  return (
    <nav className="apology-steps" aria-label="Steps of the apology">
      <ol>
        {steps.map((step, index) => {
          const state = stepState(step)
          const toLookAt = step.answered && step.stillToLookAt !== ''
          return (
            <li key={step.id}>
              <button
                type="button"
                className="apology-steps__button"
                aria-current={step.id === currentId ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                <span
                  className={`apology-steps__number${toLookAt ? ' apology-steps__number--to-look-at' : ''}`}
                  aria-hidden="true"
                >
                  {toLookAt ? '✎' : step.answered ? '✓' : index + 1}
                </span>
                <span>
                  {step.title}
                  {step.optional && <span className="muted"> (optional)</span>}
                  {state && <span className="visually-hidden"> ({state})</span>}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
