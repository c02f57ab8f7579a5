import { useEffect, useRef } from 'react'
import { maxReviewDueCount } from '@shared/reviewNotification'
import { usePlatform } from '../../app/PlatformContext'
import { useLocalDay } from '../../app/useLocalDay'
import { reviewsToNotify } from '../../domain/agreements/reviewsToNotify'
import { useProgressSnapshot } from '../progress/useProgressStore'
import { useSettings } from '../settings/SettingsContext'

/**
 * Asks the platform to say "An agreement is due for review." at most once a local day, when the
 * person has turned that on. It re-checks when the day turns over and when agreements change.
 * Only the count leaves the page. Renders nothing; mount it once inside the journal's providers.
 */
export function ReviewNotifier() {
  const { settings, update } = useSettings()
  const platform = usePlatform()
  const records = useProgressSnapshot()
  const day = useLocalDay()
  // Set before anything is awaited, so a re-render while the settings are being saved cannot
  // notify twice.
  const notifiedOn = useRef<string | null>(null)
  const dueCount =
    records.status === 'ready'
      ? reviewsToNotify(records.agreements, day, settings.reviewNotifications)
      : 0

  useEffect(() => {
    if (dueCount === 0 || notifiedOn.current === day) return
    notifiedOn.current = day
    void update((current) => ({
      reviewNotifications: { ...current.reviewNotifications, lastNotifiedOn: day },
    }))
    // A refusal (permission withdrawn since) is not retried: the in-app note still shows reviews.
    void platform.notifyReviewsDue(Math.min(dueCount, maxReviewDueCount))
  }, [dueCount, day, platform, update])

  return null
}
