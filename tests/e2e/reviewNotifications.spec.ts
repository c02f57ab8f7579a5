import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { AppShell } from './pages/AppShell'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'

interface Shown {
  readonly title: string
  readonly body: string
}

/**
 * Replaces the page's Notification API with one that reports what it would show, so the test can
 * read the exact text. It starts unasked, as in a fresh browser profile.
 */
async function recordNotifications(page: Page): Promise<Shown[]> {
  const shown: Shown[] = []
  await page.exposeFunction('mendTestNotified', (title: string, body: string) => {
    shown.push({ title, body })
  })
  await page.addInitScript(() => {
    const report = (globalThis as unknown as { mendTestNotified(t: string, b: string): void })
      .mendTestNotified
    class RecordingNotification {
      static permission: NotificationPermission = 'default'
      static async requestPermission(): Promise<NotificationPermission> {
        RecordingNotification.permission = 'granted'
        return 'granted'
      }
      constructor(title: string, options?: NotificationOptions) {
        report(title, options?.body ?? '')
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification, writable: true })
  })
  return shown
}

test('a review falling due at midnight brings one notification that names no agreement, even after unlocking again', async ({
  page,
}) => {
  const shown = await recordNotifications(page)
  // A quarter to midnight on Monday 2 March 2026, in the browser's own zone.
  await page.clock.install({ time: new Date('2026-03-02T23:45:00') })
  await new OnboardingPage(page).open()
  await new OnboardingPage(page).createJournal({ skipIntro: true })
  const shell = new AppShell(page)

  await shell.goTo('Settings')
  // Long enough that running the clock past midnight does not lock the journal first.
  await page.getByLabel('Lock after I’ve been away for').selectOption({ label: '30 minutes' })
  const setting = page.getByLabel('Let me know when an agreement is due for review')
  await expect(setting).not.toBeChecked()
  await expect(
    page.getByText('The notification only says that an agreement is due, never which one'),
  ).toBeVisible()
  await setting.check()
  await expect(setting).toBeChecked()
  // The browser has answered; after a reload it reports its answer, as a real one would.
  await page.addInitScript(() => {
    ;(window.Notification as unknown as { permission: string }).permission = 'granted'
  })

  await shell.goTo('Agreements')
  await page.getByRole('button', { name: 'New agreement' }).click()
  await page.getByLabel('Kind of agreement').selectOption({ label: 'Routine' })
  await page.getByLabel('Title').fill('Phone-free dinners')
  await page.getByLabel('What I will do').fill('Leave my phone in the hall during dinner.')
  await page.getByLabel('What my partner will do').fill('The same.')
  await page.getByLabel('Look at it together again on').fill('2026-03-03')
  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByRole('heading', { name: 'Phone-free dinners', level: 2 })).toBeVisible()
  expect(shown).toEqual([])

  await page.clock.runFor('20:00')
  await expect
    .poll(() => shown)
    .toEqual([{ title: 'Mend', body: 'An agreement is due for review.' }])

  await shell.lockWithShortcut()
  await new LockPage(page).unlock()
  await shell.goTo('Agreements')
  await expect(page.getByText('“Phone-free dinners” is due for review today.')).toBeVisible()
  expect(shown).toHaveLength(1)
})
