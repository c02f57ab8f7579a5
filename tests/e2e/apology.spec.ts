import { expectNoSeriousA11yViolations } from './support/axe'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { ApologyPage } from './pages/ApologyPage'
import { AppShell } from './pages/AppShell'
import { JournalPage } from './pages/JournalPage'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'

const answers = {
  'What happened': 'On Saturday I read the messages on your phone while you were in the shower.',
  'Saying sorry': "I'm sorry if you felt hurt, but you made me angry.",
  'Owning it': 'That was my decision, and nobody else’s.',
  'Explaining, without excusing':
    'I was scared you were pulling away. That fear was mine to talk about, not to act on.',
  'What will change':
    'From now on, when I feel insecure I will tell you and ask, instead of checking.',
  'Making it right': 'Would it help if we set aside an evening each week to talk?',
  'Asking for forgiveness':
    'When you are ready, and only if you want to, I hope you can forgive me.',
} as const

async function openStudio(page: Page): Promise<ApologyPage> {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  await new AppShell(page).goTo('Apology studio')
  return new ApologyPage(page)
}

test('an apology built through every step, fixed, compared and given is there after reload and unlock', async ({
  page,
}) => {
  const apology = await openStudio(page)
  await apology.newDraft()
  await apology.rename('The phone')

  for (const [title, text] of Object.entries(answers)) {
    await apology.answerStep(title, text)
    if (title === 'Saying sorry') {
      const finding = apology.findings().filter({ hasText: 'A conditional apology' })
      await expect(finding).toBeVisible()
      await expect(finding.locator('.apology-finding__quote')).toContainText('“sorry if”')
      await expect(page.locator('.apology-step mark').first()).toContainText('sorry')
      // Written, but not done: no tick, and the letter's summary says what is left.
      await expect(apology.stepButton('Saying sorry')).toHaveAccessibleName(
        'Saying sorry (written, 4 phrases still to look at)',
      )
      await expect(
        page.getByText('2 of 7 written, one still has something to look at'),
      ).toBeVisible()
      await expect(page.locator('.apology-score__words')).toContainText(
        '4 phrases still to look at',
      )
      // Ending the apology before the "but" must not keep its "if" and "you felt".
      const sorryBut = apology.findings().filter({ hasText: 'Sorry, but…' })
      await expect(sorryBut).toContainText("“I'm sorry that I ___.”")
      await sorryBut.getByRole('button', { name: 'Use this wording' }).click()
      await expect(apology.answer()).toHaveValue("I'm sorry that I ___.")
      await expect(apology.answer()).toBeFocused()
      await expect(apology.stepButton('Saying sorry')).toHaveAccessibleName(
        'Saying sorry (written, one blank still to fill in)',
      )
      // The blank is selected, so typing fills it in.
      await page.keyboard.type('read your messages')
      await expect(apology.answer()).toHaveValue("I'm sorry that I read your messages.")
      await expect(page.getByText('No common non-apology wording found. It can miss some, so read it once as they would hear it.')).toBeVisible()
      await expect(apology.stepButton('Saying sorry')).toHaveAccessibleName(
        'Saying sorry (written)',
      )
    }
    await apology.next()
  }
  await expect(page.getByRole('heading', { name: 'Repair plan' })).toBeFocused()
  await apology.openSection('Write')
  await expect(apology.letterPreview()).toContainText("I'm sorry that I read your messages.")
  await expect(apology.letterPreview()).toContainText('I hope you can forgive me.')
  await expect(page.getByText('Every part is here', { exact: true })).toBeVisible()

  await apology.openSection('Repair plan')
  await page.getByRole('button', { name: 'Add a step' }).click()
  await page.getByLabel('Step 1', { exact: true }).fill('Talk together every Sunday evening')
  await page.getByLabel('Day for step 1').fill('2026-06-07')
  await page.getByRole('button', { name: 'Add step 1 as a commitment' }).click()
  const commitment = page.getByRole('dialog', { name: 'Add as a commitment' })
  await commitment.getByRole('radio', { name: 'Every Sunday' }).check()
  await commitment.getByRole('button', { name: 'Add commitment' }).click()
  await expect(page.locator('.apology-repair__step').getByText('A commitment')).toBeVisible()
  await page.getByLabel('Done: step 1').check()
  await expect(page.getByText('1 of 1 step done')).toBeVisible()

  await apology.openSection('Versions')
  await page.getByRole('button', { name: 'Save a version now' }).click()
  await apology.openSection('Write')
  await apology.goToStep('Owning it')
  await apology.answer().fill('That was my choice. You did not drive me to it.')
  await apology.openSection('Versions')
  await page.getByRole('button', { name: 'Save a version now' }).click()
  await expect(page.locator('.apology-history__item')).toHaveCount(2)
  const columns = page.locator('.apology-diff__column')
  await expect(columns.first().locator('del')).toContainText(['decision'])
  await expect(columns.last().locator('ins')).toContainText(['choice'])
  await expect(page.getByText(/words? added, \d+ words? removed/)).toBeVisible()

  await apology.openSection('Giving it')
  await page.getByRole('radio', { name: /Ready to give/ }).check()
  await page.getByRole('radio', { name: /^Shared/ }).check()
  await page.getByLabel('How did it go?').fill('She listened, and we talked until late.')
  await page.getByRole('button', { name: 'Open the reading view' }).click()
  const reading = page.getByRole('dialog', { name: /Reading view/ })
  await expect(reading).toContainText('I hope you can forgive me.')
  await page.keyboard.press('Escape')
  await expect(reading).toBeHidden()
  await page.getByRole('button', { name: 'Save to journal' }).click()
  await expect(page.getByText('Kept in your journal as “The phone”.')).toBeVisible()
  await apology.expectSaved()

  await page.reload()
  await new LockPage(page).unlock()
  await new AppShell(page).goTo('Apology studio')
  const card = apology.draftCard('The phone')
  await expect(card).toContainText('Shared')
  await card.getByRole('link', { name: 'The phone' }).click()
  await expect(apology.letterPreview()).toContainText(
    'That was my choice. You did not drive me to it.',
  )
  await apology.openSection('Giving it')
  await expect(page.getByLabel('How did it go?')).toHaveValue(
    'She listened, and we talked until late.',
  )
  await apology.openSection('Repair plan')
  await expect(page.getByLabel('Done: step 1')).toBeChecked()
  await new AppShell(page).goTo('Journal')
  await expect(
    new JournalPage(page).timelineEntries().filter({ hasText: 'The phone' }),
  ).toHaveCount(1)
})

test('free editing keeps the step answers, and a deleted draft comes back with Undo', async ({
  page,
}) => {
  const apology = await openStudio(page)
  await apology.newDraft()
  await apology.answerStep('What happened', 'I forgot your birthday dinner.')
  await page.getByRole('button', { name: 'Edit the whole letter' }).click()
  await expect(page.getByRole('heading', { name: 'Editing the whole letter' })).toBeFocused()
  const letter = page.getByLabel('Your letter', { exact: true })
  await expect(letter).toHaveValue('I forgot your birthday dinner.')
  await letter.fill('Dear Jo,\n\nI forgot your birthday dinner, and I am sorry.')
  await expect(page.locator('.apology-notes')).toContainText('I forgot your birthday dinner.')
  await page.getByRole('button', { name: 'Back to the steps' }).click()
  await expect(apology.answer()).toHaveValue('I forgot your birthday dinner.')
  await expect(apology.letterPreview()).toContainText('and I am sorry.')
  await apology.expectSaved()

  await apology.backToList()
  await apology
    .draftCard('Untitled apology')
    .getByRole('button', { name: /^Delete/ })
    .click()
  await expect(apology.draftCard('Untitled apology')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(apology.draftCard('Untitled apology')).toContainText('Edited as a whole letter')
})

test('a journal entry can be checked for non-apologies on demand', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  await new JournalPage(page).newEntry({
    title: 'After the fight',
    body: "I'm sorry, but you were late again. Mistakes were made.",
  })
  await new AppShell(page).goTo('Apology studio')
  await page.getByRole('button', { name: 'Check a journal entry' }).click()
  const option = page.locator('option', { hasText: 'After the fight' })
  await page.getByLabel('Journal entry').selectOption((await option.getAttribute('value')) ?? '')
  await expect(page.getByRole('heading', { name: /phrases to look at/ })).toBeVisible()
  await expect(page.locator('.apology-findings')).toContainText('Sorry, but…')
  await expect(page.locator('.apology-findings')).toContainText('No one did it')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every apology studio screen passes an accessibility scan in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    const apology = await openStudio(page)
    await expectNoSeriousA11yViolations(page, 'studio, empty')
    await apology.newDraft()
    await apology.answerStep('What happened', 'I read your messages.')
    await apology.next()
    await apology.answerStep('Saying sorry', "I'm sorry if you were hurt, but I was worried.")
    await expect(apology.findings().first()).toBeVisible()
    await expectNoSeriousA11yViolations(page, 'builder with findings')
    await page.getByRole('button', { name: 'Edit the whole letter' }).click()
    await expectNoSeriousA11yViolations(page, 'whole letter')
    await apology.openSection('Repair plan')
    await page.getByRole('button', { name: 'Add a step' }).click()
    await page.getByLabel('Step 1', { exact: true }).fill('Counselling on Tuesdays')
    await expectNoSeriousA11yViolations(page, 'repair plan')
    await page.getByRole('button', { name: 'Add step 1 as a commitment' }).click()
    await expectNoSeriousA11yViolations(page, 'add as a commitment')
    await page.keyboard.press('Escape')
    await apology.openSection('Versions')
    await page.getByRole('button', { name: 'Save a version now' }).click()
    await expectNoSeriousA11yViolations(page, 'versions')
    await apology.openSection('Giving it')
    await page.getByRole('radio', { name: /^Shared/ }).check()
    await expectNoSeriousA11yViolations(page, 'giving it')
    await page.getByRole('button', { name: 'Open the reading view' }).click()
    await expectNoSeriousA11yViolations(page, 'reading view')
    await page.keyboard.press('Escape')
    await apology.backToList()
    await expectNoSeriousA11yViolations(page, 'studio with a draft')
    await page.getByRole('button', { name: 'Check a journal entry' }).click()
    await expectNoSeriousA11yViolations(page, 'check an entry')
  })
}
