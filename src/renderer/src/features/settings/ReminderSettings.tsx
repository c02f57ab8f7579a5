import { useEffect } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSettings } from './SettingsContext'

/** A daily nudge at a chosen time. The notification never carries journal text. */
export function ReminderSettings() {
  const { settings, update } = useSettings()
  const platform = usePlatform()
  const { enabled, time } = settings.reminder

  useEffect(() => {
    void platform.setReminder(enabled ? { time } : null)
  }, [platform, enabled, time])

  return (
    <section className="card stack" aria-labelledby="reminder-heading" style={{ marginTop: 'var(--space-4)' }}>
      <h2 id="reminder-heading">Daily reminder</h2>
      <label className="checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={enabled}
          onChange={(event) => void update({ reminder: { enabled: event.target.checked, time } })}
        />
        <span>Remind me once a day to write, if I’d like to</span>
      </label>
      <label className="field">
        <span className="field__label">At</span>
        <input
          autoComplete="off"
          className="input"
          type="time"
          value={time}
          disabled={!enabled}
          onChange={(event) => void update({ reminder: { enabled, time: event.target.value } })}
          style={{ maxWidth: '10rem' }}
        />
      </label>
      <p className="muted">
        The reminder only says “A quiet moment for your journal, whenever you’re ready.” It never shows
        anything you have written.
      </p>
    </section>
  )
}
