export interface ApologyStepNavigatorItem {
  readonly id: string
  readonly title: string
  readonly answered: boolean
  readonly optional: boolean
}

export interface ApologyStepNavigatorProps {
  readonly steps: readonly ApologyStepNavigatorItem[]
  readonly currentId: string
  readonly onSelect: (id: string) => void
}

/** The builder's steps in order; any step can be opened, and written ones carry a tick. */
export function ApologyStepNavigator({ steps, currentId, onSelect }: ApologyStepNavigatorProps) {
  return (
    <nav className="apology-steps" aria-label="Steps of the apology">
      <ol>
        {steps.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              className="apology-steps__button"
              aria-current={step.id === currentId ? 'step' : undefined}
              onClick={() => onSelect(step.id)}
            >
              <span className="apology-steps__number" aria-hidden="true">
                {step.answered ? '✓' : index + 1}
              </span>
              <span>
                {step.title}
                {step.optional && <span className="muted"> (optional)</span>}
                {step.answered && <span className="visually-hidden"> (written)</span>}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
