export interface ApologyExamplesProps {
  readonly good: string
  readonly poor: string
}

/** A step's two examples side by side, told apart by words and symbols, not colour alone. */
export function ApologyExamples({ good, poor }: ApologyExamplesProps) {
  return (
    <div className="apology-examples">
      <figure className="apology-example apology-example--good">
        <figcaption>
          <span aria-hidden="true">✓ </span>Lands well
        </figcaption>
        <blockquote>{good}</blockquote>
      </figure>
      <figure className="apology-example apology-example--poor">
        <figcaption>
          <span aria-hidden="true">✕ </span>Misses
        </figcaption>
        <blockquote>{poor}</blockquote>
      </figure>
    </div>
  )
}
