/** Preferences kept inside the vault (they hint at habits, so they are encrypted like entries). */
export interface AppSettings {
  /** Lock after this many minutes without keyboard or pointer activity. */
  readonly idleLockMinutes: number
  /** Lock as soon as the window is hidden or minimised. */
  readonly lockWhenHidden: boolean
  /** Keep the window out of screenshots and screen sharing, where the OS supports it. */
  readonly privacyScreen: boolean
  readonly reminder: { readonly enabled: boolean; readonly time: string }
}

export const idleLockChoices = [1, 2, 5, 10, 15, 30, 60] as const

export const defaultSettings: AppSettings = {
  idleLockMinutes: 5,
  lockWhenHidden: false,
  privacyScreen: false,
  reminder: { enabled: false, time: '20:00' },
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
  }
}
