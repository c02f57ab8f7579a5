export interface DayToggle {
  readonly date: string
  /** Short, shown: "Mon 2". */
  readonly shortLabel: string
  /** Spoken: "Monday 2 March". */
  readonly label: string
  readonly pressed: boolean
  readonly disabled?: boolean
}

export interface RecentDayTogglesProps {
  readonly days: readonly DayToggle[]
  readonly onToggle: (date: string) => void
  /** Names the group, e.g. "Mark recent days for Evening walk". */
  readonly label: string
}

/** A row of days, each a toggle button: pressed means kept. */
export function RecentDayToggles({ days, onToggle, label }: RecentDayTogglesProps) {
  return (
    <div className="day-toggles" role="group" aria-label={label}>
      {days.map((day) => (
        <button
          key={day.date}
          type="button"
          className="day-toggles__day"
          aria-pressed={day.pressed}
          aria-label={day.label}
          disabled={day.disabled}
          onClick={() => onToggle(day.date)}
        >
          <span aria-hidden="true">{day.shortLabel}</span>
        </button>
      ))}
    </div>
  )
}
