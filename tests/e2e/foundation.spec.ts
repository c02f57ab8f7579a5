import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { AppShell, type AreaName } from './pages/AppShell'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'

const areas: readonly AreaName[] = ['Journal', 'Guided', 'Apology studio', 'Agreements', 'Progress', 'Share', 'Settings', 'Help']

test('the introduction can be walked back step by step, and always says where you are', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await page.getByRole('button', { name: 'Begin' }).click()
  await expect(page.getByText('Step 2 of 6')).toBeVisible()
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeFocused()
  await page.getByRole('button', { name: 'Skip the introduction' }).click()
  await expect(page.getByText('Step 5 of 6')).toBeVisible()
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'If you don’t feel safe' })).toBeFocused()
  await expect(page.getByText('Step 4 of 6')).toBeVisible()
})

test('a new person is welcomed, creates a journal and reaches every area', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  const words = await onboarding.createJournal()
  expect(words).toHaveLength(24)
  const shell = new AppShell(page)
  for (const area of areas) {
    await shell.goTo(area)
    await expect(page.locator('h1').first()).toBeVisible()
  }
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes an accessibility scan in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    const onboarding = new OnboardingPage(page)
    await onboarding.open()
    await expectNoSeriousA11yViolations(page, 'welcome')
    await page.getByRole('button', { name: 'Begin' }).click()
    await expectNoSeriousA11yViolations(page, 'themes')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectNoSeriousA11yViolations(page, 'privacy')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectNoSeriousA11yViolations(page, 'safety')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectNoSeriousA11yViolations(page, 'create journal')
    await page.goto('/')
    await onboarding.open()
    await onboarding.createJournal({ skipIntro: true })
    const shell = new AppShell(page)
    for (const area of areas) {
      await shell.goTo(area)
      await expectNoSeriousA11yViolations(page, area)
    }
    await shell.lockWithShortcut()
    await new LockPage(page).expectLocked()
    await expectNoSeriousA11yViolations(page, 'lock screen')
  })
}

test('the colours follow the computer switching between light and dark, on any screen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await new OnboardingPage(page).open()
  const theme = page.locator('html')
  await expect(theme).toHaveAttribute('data-theme', 'light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(theme).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(theme).toHaveAttribute('data-theme', 'light')
})

test('the page runs under the strict content security policy and never leaves its origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  // A request the CSP blocks still shows as started; only one that completed has left the page.
  page.on('requestfinished', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(csp).not.toContain("'unsafe-eval'")
  expect(csp).not.toContain("'unsafe-inline'")
  // Creating a journal runs Argon2id and XChaCha20 in libsodium's WebAssembly under this policy.
  await onboarding.createJournal({ skipIntro: true })
  // DevTools evaluation is exempt from CSP, so the checks go through the page's own machinery:
  // a string timer (eval), an inline script and a remote image must each raise a violation.
  const outcome = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
    const scope = window as unknown as { evalRan?: boolean; inlineRan?: boolean }
    ;(window.setTimeout as unknown as (code: string, ms: number) => number)('window.evalRan = true', 0)
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
    const image = document.createElement('img')
    image.src = 'https://example.com/tracker.png'
    document.body.append(image)
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { evalRan: scope.evalRan === true, inlineRan: scope.inlineRan === true, violations: violations.sort() }
  })
  expect(outcome.evalRan).toBe(false)
  expect(outcome.inlineRan).toBe(false)
  expect(outcome.violations).toEqual(expect.arrayContaining(['img-src', 'script-src']))
  expect(foreign).toEqual([])
})

test('Alt and a digit move between areas, and the heading takes focus', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  await page.keyboard.press('Alt+Digit8')
  await expect(page.getByRole('heading', { name: 'Help', level: 1 })).toBeFocused()
  // Scrolled down in Help, the next area still opens at its top, its heading in sight.
  const scrolled = await page.locator('#main').evaluate((main) => {
    main.scrollTo({ top: 5000 })
    return main.scrollTop
  })
  expect(scrolled).toBeGreaterThan(0)
  await page.keyboard.press('Alt+Digit7')
  const settings = page.getByRole('heading', { name: 'Settings', level: 1 })
  await expect(settings).toBeFocused()
  await expect(settings).toBeInViewport()
  expect(await page.locator('#main').evaluate((main) => main.scrollTop)).toBe(0)
})
