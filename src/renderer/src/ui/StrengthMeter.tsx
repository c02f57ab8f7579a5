export interface StrengthMeterProps {
  /** 0 (very guessable) to 4 (very strong). */
  readonly score: number
  readonly explanation: string
  readonly meetsMinimum: boolean
}

const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const

export function StrengthMeter({ score, explanation, meetsMinimum }: StrengthMeterProps) {
  const label = labels[Math.max(0, Math.min(4, score))] ?? labels[0]
  return (
    <div className="field" aria-live="polite">
      <div
        className="meter"
        role="meter"
        aria-label="Passphrase strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={label}
      >
        <div className="meter__fill" style={{ width: `${((score + 1) / 5) * 100}%` }} />
      </div>
      <span className="field__hint">
        <strong>{label}.</strong> {explanation}
        {!meetsMinimum && ' Mend needs at least a strong passphrase.'}
      </span>
    </div>
  )
}
