export interface StrengthMeterProps {
  /** 0 (very guessable) to 4 (very strong). */
  readonly score: number
  /** Advice to show under the meter; null when the field's own error already gives it. */
  readonly explanation: string | null
  readonly meetsMinimum: boolean
}

const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const

/**
 * Colour follows what Mend will accept, not the raw score alone: anything below the minimum
 * must not wear the same reassuring green as a passphrase that is good to use.
 */
function toneOf(score: number, meetsMinimum: boolean): 'weak' | 'fair' | 'strong' {
  if (meetsMinimum) return 'strong'
  return score <= 1 ? 'weak' : 'fair'
}

export function StrengthMeter({ score, explanation, meetsMinimum }: StrengthMeterProps) {
  const clamped = Math.max(0, Math.min(4, score))
  const label = labels[clamped] ?? labels[0]
  return (
    <div className="field" aria-live="polite">
      <div
        className="meter"
        role="meter"
        aria-label="Passphrase strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={clamped}
        aria-valuetext={label}
      >
        <div
          className={`meter__fill meter__fill--${toneOf(clamped, meetsMinimum)}`}
          style={{ width: `${((clamped + 1) / 5) * 100}%` }}
        />
      </div>
      <span className="field__hint">
        <strong>{label}.</strong>
        {explanation && ` ${explanation}`}
        {explanation && !meetsMinimum && ' Mend needs at least a strong passphrase.'}
      </span>
    </div>
  )
}
