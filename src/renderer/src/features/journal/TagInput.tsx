import { useState } from 'react'
import { normaliseTags } from '../../domain/journal/normaliseTags'

export interface TagInputProps {
  readonly tags: readonly string[]
  readonly onChange: (tags: readonly string[]) => void
}

/** Tags typed as a comma-separated line, saved as typed and tidied when the field is left. */
export function TagInput({ tags, onChange }: TagInputProps) {
  const [text, setText] = useState(tags.join(', '))
  const commit = () => {
    const next = normaliseTags(text.split(','))
    onChange(next)
    setText(next.join(', '))
  }
  return (
    <label className="field">
      <span className="field__label">Tags</span>
      <input
        autoComplete="off"
        className="input"
        value={text}
        placeholder="e.g. money, weekend"
        onChange={(event) => {
          setText(event.target.value)
          onChange(normaliseTags(event.target.value.split(',')))
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          }
        }}
      />
    </label>
  )
}
