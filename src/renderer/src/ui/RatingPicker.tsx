import { useId } from 'react'

export interface RatingPickerProps {
  readonly legend: string
  /** Words for 1–5, lowest first. */
  readonly words: readonly string[]
  readonly value: number | null
  readonly onChange: (value: number) => void
  readonly hint?: string
}

/** Five labelled choices as a radio group: arrow keys move between them, words say what each means. */
export function RatingPicker({ legend, words, value, onChange, hint }: RatingPickerProps) {
  const name = useId()
  return (
    <fieldset className="rating">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="rating__options">
        {words.map((word, index) => {
          const rating = index + 1
          return (
            <label key={rating} className="rating__option">
              <input
                type="radio"
                name={name}
                value={rating}
                checked={value === rating}
                onChange={() => onChange(rating)}
              />
              <span>
                {rating} · {word}
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
