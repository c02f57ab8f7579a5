/**
 * Mend never needs a browser permission: reminders go through our own IPC (Electron's
 * Notification in main), and nothing uses the camera, microphone, location or devices. So every
 * request and every check is answered "no", without asking the person.
 */

export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (permissionGranted: boolean) => void,
): void {
  callback(false)
}

export function denyPermissionCheck(): boolean {
  return false
}

export function denyDevicePermission(): boolean {
  return false
}
