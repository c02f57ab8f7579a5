import { expectNoSeriousA11yViolations } from './support/axe'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { AgreementsPage } from './pages/AgreementsPage'
import { AppShell } from './pages/AppShell'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'
import { ProgressPage } from './pages/ProgressPage'

const dinners = {
  kind: 'Routine',
  title: 'Phone-free dinners',
  mine: 'Leave my phone in the hall during dinner.',
  theirs: 'The same, and say so if something urgent is waiting.',
  why: 'Dinner is where we talk.',
}
const walk = 'Evening walk together'
const milestone = 'First honest conversation about money'


/** Moves the page's clock to 7 pm on a day and re-renders the area, as coming back to it would. */
async function liveOn(page: Page, date: string): Promise<void> {
  await page.clock.setSystemTime(new Date(`${date}T19:00:00`))
  const shell = new AppShell(page)
  await shell.goTo('Journal')
  await shell.goTo('Agreements')
}

async function startJournal(page: Page): Promise<void> {
  // Monday 2 March 2026, in the browser's own zone.
  await page.clock.install({ time: new Date('2026-03-02T10:00:00') })
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
}

test('an agreement, its check-ins, a commitment kept over several days and a milestone all reach the dashboard after reload and unlock', async ({
  page,
}) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await startJournal(page)
  const shell = new AppShell(page)
  const agreements = new AgreementsPage(page)
  const progress = new ProgressPage(page)

  await shell.goTo('Agreements')
  await agreements.createAgreement(dinners)
  await agreements.addCheckIn(4, 'Four calm dinners this week.')
  await agreements.backToList()
  await agreements.createCommitment(walk, { linkTo: dinners.title })
  await expect(agreements.commitment(walk)).toContainText('part of “Phone-free dinners”')
  await agreements.markToday(walk)

  for (const date of ['2026-03-03', '2026-03-04']) {
    await liveOn(page, date)
    await agreements.showCommitments()
    await agreements.markToday(walk)
  }
  // Friday: Thursday was kept too, and is marked a day late.
  await liveOn(page, '2026-03-06')
  await agreements.showCommitments()
  await agreements.markToday(walk)
  await agreements.markDay(walk, 'Thursday 5 March')
  await expect(agreements.commitment(walk)).toContainText(
    'Kept 5 of 5 planned times in the last 28 days.',
  )
  await agreements.openAgreement(dinners.title)
  await agreements.addCheckIn(5, 'We laughed a lot on Friday.')

  await shell.goTo('Progress')
  await progress.defineMilestone(milestone)
  await progress.reachMilestone(milestone)

  await page.reload()
  await new LockPage(page).unlock()
  await shell.goTo('Progress')
  await expect(progress.section('Agreements kept')).toContainText(
    '1 agreement active. Check-ins in the last 28 days rated them 4.5 out of 5 on average.',
  )
  await expect(progress.section('Commitments kept')).toContainText(
    'Across your commitments, you kept 5 of 5 planned times in the last 28 days.',
  )
  await expect(progress.section('Steps forward and setbacks')).toContainText(
    `1 of 1 milestone reached. Most recently “${milestone}”, on 6 March 2026.`,
  )
  await expect(
    progress.section('Milestones').getByRole('list', { name: 'Milestones reached, newest first' }),
  ).toContainText(milestone)

  await progress.writeWeeklyReflection()
  const body = page.getByLabel('Entry text')
  await expect(body).toHaveValue(/Evening walk together: kept 5 of 5 planned times so far\./)
  await expect(body).toHaveValue(
    /“Phone-free dinners”: 5 of 5 on Friday 6 March\. We laughed a lot on Friday\./,
  )
  await expect(body).toHaveValue(/First honest conversation about money, on Friday 6 March\./)
  // The chart, heatmaps and bars draw under the strict policy: nothing needed inline styles.
  expect(refused).toEqual([])
})

test('setbacks from the After a setback reflection sit on the same timeline as milestones', async ({
  page,
}) => {
  await startJournal(page)
  const shell = new AppShell(page)
  await shell.goTo('Guided')
  await page.getByRole('button', { name: 'Start After a setback' }).click()
  // isVisible() below does not wait, so the runner must have opened its first question.
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible()
  while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
    const radios = page.getByRole('radio')
    if ((await radios.count()) > 0) await radios.nth(1).check()
    else await page.getByRole('textbox').first().fill('I went quiet instead of saying I was hurt.')
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await page.getByRole('button', { name: 'Save to my journal' }).click()
  await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeVisible()

  await shell.goTo('Progress')
  const progress = new ProgressPage(page)
  await progress.defineMilestone('A whole weekend without an argument')
  await progress.reachMilestone('A whole weekend without an argument')
  const steps = progress.section('Steps forward and setbacks')
  await expect(steps).toContainText('You worked through 1 setback in the last 28 days')
  await expect(steps.getByRole('listitem')).toHaveCount(2)
  await expect(
    steps.getByRole('listitem').filter({ hasText: 'Setback' }).getByRole('link'),
  ).toBeVisible()
})

test('agreements and commitments can be used from the keyboard, and problems are named beside their fields', async ({
  page,
}) => {
  await startJournal(page)
  await new AppShell(page).goTo('Agreements')
  await page.getByRole('button', { name: 'New agreement' }).click()
  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByText('Choose what kind of agreement this is.')).toBeVisible()
  await expect(
    page.getByText('Give the agreement a short title, so you can both find it later.'),
  ).toBeVisible()
  await expect(page.getByLabel('Kind of agreement')).toBeFocused()
  await page.getByRole('button', { name: 'Cancel' }).click()

  const agreements = new AgreementsPage(page)
  await page.getByRole('tab', { name: 'Agreements' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Commitments' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await agreements.createCommitment('Message at lunchtime')
  await page.getByRole('heading', { name: 'Agreements', level: 1 }).click()
  await page.keyboard.press('1')
  await expect(
    agreements.commitment('Message at lunchtime').getByRole('button', { name: 'Kept today' }),
  ).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('1')
  await expect(
    agreements.commitment('Message at lunchtime').getByRole('button', { name: 'Kept today' }),
  ).toHaveAttribute('aria-pressed', 'false')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`agreements, commitments and progress pass an accessibility scan in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await startJournal(page)
    const shell = new AppShell(page)
    const agreements = new AgreementsPage(page)
    await shell.goTo('Progress')
    await expectNoSeriousA11yViolations(page, 'empty progress')
    await shell.goTo('Agreements')
    await expectNoSeriousA11yViolations(page, 'empty agreements')
    await page.getByRole('button', { name: 'New agreement' }).click()
    await page.getByRole('button', { name: 'Save agreement' }).click()
    await expectNoSeriousA11yViolations(page, 'agreement form with problems')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await agreements.createAgreement(dinners)
    await agreements.addCheckIn(3, 'Two dinners with phones, and we said so.')
    await expectNoSeriousA11yViolations(page, 'agreement')
    await page.getByRole('button', { name: 'Retire…' }).click()
    await expectNoSeriousA11yViolations(page, 'retire dialog')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await agreements.backToList()
    await expectNoSeriousA11yViolations(page, 'agreement list')
    await agreements.showCommitments()
    await page.getByRole('button', { name: 'New commitment' }).click()
    await page.getByRole('radio', { name: 'On certain days of the week' }).check()
    await expectNoSeriousA11yViolations(page, 'commitment form')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await agreements.createCommitment(walk)
    await agreements.createCommitment('Message at lunchtime')
    await agreements.markToday(walk)
    await expectNoSeriousA11yViolations(page, 'commitments')
    await shell.goTo('Progress')
    await new ProgressPage(page).defineMilestone(milestone)
    await new ProgressPage(page).reachMilestone(milestone)
    await expectNoSeriousA11yViolations(page, 'progress')
  })
}
