import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './browser'

export interface Profile {
  readonly dir: string
  readonly context: BrowserContext
  readonly page: Page
  /** Closes the browser, leaving the profile directory on disk for inspection. */
  close(): Promise<void>
}

interface Fixtures {
  /** Opens another fresh profile: a second partner, or a third computer for a restore. */
  openProfile: () => Promise<Profile>
  profile: Profile
  page: Page
}

export const test = base.extend<Fixtures>({
  openProfile: async ({ baseURL }, use) => {
    const opened: { dir: string; context: BrowserContext }[] = []
    await use(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mend-profile-'))
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: chromiumExecutable,
        args: chromiumArgs,
        headless: true,
        baseURL,
        acceptDownloads: true,
        viewport: { width: 1280, height: 860 },
      })
      opened.push({ dir, context })
      const page = context.pages()[0] ?? (await context.newPage())
      return { dir, context, page, close: () => context.close() }
    })
    for (const { dir, context } of opened) {
      await context.close().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    }
  },
  profile: async ({ openProfile }, use) => {
    await use(await openProfile())
  },
  page: async ({ profile }, use) => {
    await use(profile.page)
  },
})

export { expect } from '@playwright/test'
