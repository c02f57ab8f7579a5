import { isLocalDate, type LocalDate } from '../commitments/calendar/localDate'

/** Preferences kept inside the vault (they hint at habits, so they are encrypted like entries). */
export interface AppSettings {
  /** Lock after this many minutes without keyboard or pointer activity. */
  readonly idleLockMinutes: number
  /** Lock as soon as the window is hidden or minimised. */
  readonly lockWhenHidden: boolean
  /** Keep the window out of screenshots and screen sharing, where the OS supports it. */
  readonly privacyScreen: boolean
  readonly reminder: { readonly enabled: boolean; readonly time: string }
  readonly reviewNotifications: ReviewNotificationSettings
}

export interface ReviewNotificationSettings {
  /** Off until the person asks: a notification can be seen by others, even without any names. */
  readonly enabled: boolean
  /**
   * The local day Mend last notified about due reviews. Kept here, encrypted, rather than only in
   * memory, because locking reloads the window and would otherwise notify again the same day.
   */
  readonly lastNotifiedOn: LocalDate | null
}

export const idleLockChoices = [1, 2, 5, 10, 15, 30, 60] as const

export const defaultSettings: AppSettings = {
  idleLockMinutes: 5,
  lockWhenHidden: false,
  privacyScreen: false,
  reminder: { enabled: false, time: '20:00' },
  reviewNotifications: { enabled: false, lastNotifiedOn: null },
}

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/

/** Reads a decrypted settings payload, keeping defaults for anything missing or out of range. */
export function readSettings(payload: unknown): AppSettings {
  if (typeof payload !== 'object' || payload === null) return defaultSettings
  const raw = payload as Record<string, unknown>
  const reminder = (typeof raw.reminder === 'object' && raw.reminder !== null ? raw.reminder : {}) as Record<
    string,
    unknown
  >
  const reviews = (
    typeof raw.reviewNotifications === 'object' && raw.reviewNotifications !== null
      ? raw.reviewNotifications
      : {}
  ) as Record<string, unknown>
  const idle = Number(raw.idleLockMinutes)
  return {
    idleLockMinutes: (idleLockChoices as readonly number[]).includes(idle) ? idle : defaultSettings.idleLockMinutes,
    lockWhenHidden: raw.lockWhenHidden === true,
    privacyScreen: raw.privacyScreen === true,
    reminder: {
      enabled: reminder.enabled === true,
      time:
        typeof reminder.time === 'string' && timeOfDay.test(reminder.time)
          ? reminder.time
          : defaultSettings.reminder.time,
    },
    reviewNotifications: {
      enabled: reviews.enabled === true,
      lastNotifiedOn: isLocalDate(reviews.lastNotifiedOn) ? reviews.lastNotifiedOn : null,
    },
  }
}
