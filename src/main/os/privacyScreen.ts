import { fail, ok, type Result } from '@shared/result'

/**
 * setContentProtection only does something on macOS (NSWindowSharingNone) and Windows 10 2004+
 * (WDA_EXCLUDEFROMCAPTURE). X11 and Wayland have no such flag, so Linux says so honestly.
 */
export function supportsPrivacyScreen(platform: string): boolean {
  return platform === 'darwin' || platform === 'win32'
}

/** Whether to apply the setting; turning it off always succeeds. */
export function privacyScreenDecision(platform: string, enabled: boolean): Result<void> {
  if (!enabled || supportsPrivacyScreen(platform)) return ok(undefined)
  return fail(
    'unsupported',
    'This system does not let apps hide their windows from screenshots or screen sharing, so ' +
      'the privacy screen cannot work here. Your journal stays encrypted and locks as usual.',
  )
}
