export interface ApologyScoreMeterProps {
  /** 0–100: the weights of the components present. */
  readonly score: number
  /** The score in calm words ("Taking shape"), never a grade; says what is still to look at. */
  readonly words: string
  /** False while phrases are flagged or blanks unfilled: the bar is then not drawn as finished. */
  readonly settled: boolean
  readonly present: readonly string[]
  readonly hint: string | null
  /** "What your letter covers", or "What this entry covers". */
  readonly title: string
}

/**
 * How much of what makes an apology land is in the draft, and the one thing to add next. The
 * bar's length is what the draft covers; with something still to look at it is striped rather
 * than solid green, since covering every part is not the same as being ready.
 */
export function ApologyScoreMeter({
  score,
  words,
  settled,
  present,
  hint,
  title,
}: ApologyScoreMeterProps) {
  return (
    <section className="apology-score" aria-labelledby="apology-score-title">
      <h3 id="apology-score-title">{title}</h3>
      <div
        className="meter apology-score__meter"
        role="meter"
        aria-labelledby="apology-score-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={words}
      >
        <div
          className={`meter__fill${settled ? '' : ' apology-fill--to-look-at'}`}
          style={{ width: `${Math.max(2, score)}%` }}
        />
      </div>
      <p className="apology-score__words" aria-live="polite">
        {words}
      </p>
      {present.length > 0 && (
        <p className="muted apology-score__present">Includes: {present.join(', ')}.</p>
      )}
      {hint && (
        <p className="apology-score__hint">
          <strong>Next: </strong>
          {hint}
        </p>
      )}
    </section>
  )
}
