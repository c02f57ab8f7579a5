import { useId } from 'react'
import { Button } from './Button'

export interface ApologyFindingCardProps {
  readonly number: number
  readonly title: string
  readonly matchedText: string
  readonly explanation: string
  readonly suggestion: string
  /** Null when the suggestion has no wording to drop in; the button is then left out. */
  readonly canUseWording: boolean
  readonly onUseWording: () => void
  readonly onFocusChange: (focused: boolean) => void
}

/** One flagged phrase: what it is, why it weakens the apology, and a way to say it instead. */
export function ApologyFindingCard({
  number,
  title,
  matchedText,
  explanation,
  suggestion,
  canUseWording,
  onUseWording,
  onFocusChange,
}: ApologyFindingCardProps) {
  const id = useId()
  return (
    <li
      className="apology-finding"
      onMouseEnter={() => onFocusChange(true)}
      onMouseLeave={() => onFocusChange(false)}
      onFocus={() => onFocusChange(true)}
      onBlur={() => onFocusChange(false)}
    >
      <h4 className="apology-finding__title">
        <span className="apology-finding__number" aria-hidden="true">
          {number}
        </span>
        <span className="visually-hidden">Phrase {number}: </span>
        {title}
      </h4>
      <p className="apology-finding__quote">
        <span className="visually-hidden">Flagged words: </span>“{matchedText}”
      </p>
      <p>{explanation}</p>
      <p className="apology-finding__suggestion" id={`${id}-suggestion`}>
        <strong>Instead: </strong>
        {suggestion}
      </p>
      {canUseWording && (
        <Button size="small" onClick={onUseWording} aria-describedby={`${id}-suggestion`}>
          Use this wording
        </Button>
      )}
    </li>
  )
}
