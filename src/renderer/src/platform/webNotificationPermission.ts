/** The browser's Notification API as Mend uses it, and one way to learn whether it may be used. */

/** The parts of the Notification constructor used here; absent in browsers without it. */
export interface NotificationApi {
  readonly permission: NotificationPermission
  requestPermission(): Promise<NotificationPermission>
  new (title: string, options?: NotificationOptions): unknown
}

export type NotificationAccess = 'granted' | 'blocked' | 'unsupported'

/**
 * Asks only when the browser has not been asked yet; once the person has answered, the browser
 * keeps that answer and Mend respects it. Call it from a click: browsers ignore requests made
 * without one.
 */
export async function askNotificationPermission(
  api: NotificationApi | undefined,
): Promise<NotificationAccess> {
  if (api === undefined) return 'unsupported'
  const permission = api.permission === 'default' ? await api.requestPermission() : api.permission
  return permission === 'granted' ? 'granted' : 'blocked'
}
