import { existsSync } from 'node:fs'

/** Debian's Chromium where installed (CI installs it with apt); otherwise Playwright's own build. */
export const chromiumExecutable = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined

/** Without these, Chromium keeps trying to reach Google's services, which this machine refuses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
