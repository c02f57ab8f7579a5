import type { BrowserWindow } from 'electron'
import { ok } from '@shared/result'
import { privacyScreenDecision } from '../os/privacyScreen'
import { setCloseHold } from '../windows/closeHold'
import type { MainInvokeHandlers } from './invokeContext'

/** Remembered for windows created later (macOS re-opens one from the dock). */
let privacyScreenEnabled = false

export function applyPrivacyScreen(window: BrowserWindow): void {
  window.setContentProtection(privacyScreenEnabled)
}

export function windowHandlers(): MainInvokeHandlers<
  'window:set-privacy-screen' | 'window:hold-close'
> {
  return {
    'window:set-privacy-screen': async (context, enabled) => {
      const decision = privacyScreenDecision(process.platform, enabled)
      if (!decision.ok) return decision
      privacyScreenEnabled = enabled
      if (context.window !== null) applyPrivacyScreen(context.window)
      return ok(undefined)
    },
    'window:hold-close': async (context, reason) => {
      if (context.window !== null) setCloseHold(context.window, reason)
      return ok(undefined)
    },
  }
}
