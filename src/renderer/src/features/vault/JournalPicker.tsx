import type { JournalSummary } from '../../db/types'

export interface JournalPickerProps {
  readonly journals: readonly JournalSummary[]
  readonly selectedId: string
  readonly onSelect: (id: string) => void
}

/** Partners who share a computer each pick their own journal; names are all the lock screen shows. */
export function JournalPicker({ journals, selectedId, onSelect }: JournalPickerProps) {
  if (journals.length <= 1) {
    const only = journals[0]
    return only ? <p className="muted">Journal: {only.name}</p> : null
  }
  return (
    <fieldset className="rating">
      <legend>Whose journal?</legend>
      <div className="rating__options">
        {journals.map((journal) => (
          <label key={journal.id} className="rating__option">
            <input
              type="radio"
              name="journal"
              value={journal.id}
              checked={journal.id === selectedId}
              onChange={() => onSelect(journal.id)}
            />
            <span>{journal.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
