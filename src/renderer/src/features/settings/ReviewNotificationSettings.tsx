import { useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { Notice } from '../../ui/Notice'
import { useSettings } from './SettingsContext'

/**
 * The opt-in for a notification when an agreement's review date arrives. Off by default; a
 * browser is asked for permission only here, from the person's own click.
 */
export function ReviewNotificationSettings() {
  const { settings, update } = useSettings()
  const platform = usePlatform()
  const [problem, setProblem] = useState<string | null>(null)
  const { enabled } = settings.reviewNotifications

  async function change(wanted: boolean) {
    if (wanted) {
      const allowed = await platform.allowReviewNotifications()
      if (!allowed.ok) return setProblem(allowed.error.message)
    }
    setProblem(null)
    const saved = await update((current) => ({
      reviewNotifications: { ...current.reviewNotifications, enabled: wanted },
    }))
    if (!saved.ok) setProblem(saved.error.message)
  }

  return (
    <section
      className="card stack"
      aria-labelledby="review-notifications-heading"
      style={{ marginTop: 'var(--space-4)' }}
    >
      <h2 id="review-notifications-heading">Agreement reviews</h2>
      {problem && <Notice tone="error">{problem}</Notice>}
      <label className="checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={enabled}
          aria-describedby="review-notifications-privacy"
          onChange={(event) => void change(event.target.checked)}
        />
        <span>Let me know when an agreement is due for review</span>
      </label>
      <p className="muted" id="review-notifications-privacy">
        The notification only says that an agreement is due, never which one or anything you have
        written.
      </p>
    </section>
  )
}
