import { expect, test } from './support/fixtures'
import { AppShell } from './pages/AppShell'
import { GuidedPage } from './pages/GuidedPage'
import { JournalPage } from './pages/JournalPage'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'

test.beforeEach(async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
})

test('an entry written from today’s prompt keeps the prompt and is found by search after reload and unlock', async ({ page }) => {
  const journal = new JournalPage(page)
  const promptText = await journal.writeFromTodaysPrompt('We walked by the canal and I told her about the overdraft honestly.')
  await expect(page.locator('.editor__prompt')).toContainText(promptText)
  await journal.backToTimeline()

  await page.reload()
  await new LockPage(page).unlock()
  await journal.search('overdraf')
  await expect(journal.results()).toHaveCount(1)
  await expect(journal.results().first().locator('mark').first()).toHaveText(/overdraft/i)
  await journal.search('canel')
  await expect(journal.results()).toHaveCount(1)
  await journal.results().first().getByRole('link').click()
  await expect(page.locator('.editor__prompt')).toContainText(promptText)
})

test('every guided flow can be completed and is saved as a readable entry', async ({ page }) => {
  const flows = [
    { name: 'Daily check-in', heading: 'Daily check-in' },
    { name: 'Prepare for a hard conversation', heading: 'Prepare for a hard conversation' },
    { name: 'Listening notes', heading: 'Listening notes' },
    { name: 'After a setback', heading: 'After a setback' },
    { name: 'Celebrate progress', heading: 'Celebrate progress' },
  ]
  const shell = new AppShell(page)
  for (const flow of flows) {
    await shell.goTo('Guided')
    await page.getByRole('button', { name: `Start ${flow.name}` }).click()
    // isVisible() below does not wait, so the runner must have opened its first question.
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible()
    let answered = 0
    while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
      const radios = page.getByRole('radio')
      if ((await radios.count()) > 0) await radios.last().check()
      else await page.getByRole('textbox').first().fill(`Answer ${++answered} for ${flow.name}`)
      await page.getByRole('button', { name: 'Next' }).click()
    }
    await expect(page.getByRole('heading', { name: 'Read it over' })).toBeVisible()
    await page.getByRole('button', { name: 'Save to my journal' }).click()
    await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeVisible()
    await page.getByRole('button', { name: 'Read it' }).click()
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByRole('document', { name: 'Preview of the entry' })).toContainText(`for ${flow.name}`)
  }
  await shell.goTo('Journal')
  await page.getByLabel('Kind').selectOption({ label: 'Guided reflections' })
  await expect(new JournalPage(page).timelineEntries()).toHaveCount(flows.length)
})

test('a daily check-in keeps mood and trust on the rating buttons, not in its text, and reads cleanly in the list', async ({
  page,
}) => {
  const guided = new GuidedPage(page)
  await guided.completeDailyCheckIn({
    mood: 'Fairly good',
    trust: 'Quite a lot',
    appreciated: 'The tea she made me without asking.',
    need: 'An hour on Sunday to talk without phones.',
  })
  await expect(page.getByText('Mood: Fairly good (4 of 5) · Trust I feel: Quite a lot (4 of 5)')).toBeVisible()
  await guided.saveToJournal()
  await page.getByRole('button', { name: 'Read it' }).click()
  await expect(page.getByLabel('Entry text')).toHaveValue(/^### Something I appreciated/)
  await expect(page.getByLabel('Entry text')).not.toHaveValue(/Mood|Trust|Fairly good|Quite a lot|of 5/)
  await expect(page.getByRole('radio', { name: '4 · Fairly good' })).toBeChecked()
  await expect(page.getByRole('radio', { name: '4 · Quite a lot' })).toBeChecked()

  const journal = new JournalPage(page)
  await journal.backToTimeline()
  await expect(journal.timelineEntries().first().locator('.timeline__snippet')).toHaveText(
    'Something I appreciated: The tea she made me without asking. · One thing I need: An hour on Sunday to talk without phones.',
  )
})

test('a paused reflection waits under Guided and resumes at the same question', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.goTo('Guided')
  await page.getByRole('button', { name: 'Start After a setback' }).click()
  await page.getByRole('textbox').first().fill('I was late again and did not call.')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Question 2 of 5')).toBeVisible()
  await page.getByRole('button', { name: 'Pause for now' }).click()
  await page.reload()
  await new LockPage(page).unlock()
  await shell.goTo('Guided')
  // Discarding by mistake is undone from the keyboard: focus lands on Undo.
  await page.getByRole('button', { name: 'Discard After a setback' }).click()
  await expect(page.getByRole('button', { name: 'Resume After a setback' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Resume After a setback' }).click()
  await expect(page.getByText('Question 2 of 5')).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('textbox').first()).toHaveValue('I was late again and did not call.')
})

test('the timeline filters by theme and tag, and a deleted entry comes back with Undo', async ({ page }) => {
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Money talk', body: 'We made a budget together.', theme: 'Clear agreements', tags: 'money' })
  await journal.backToTimeline()
  await journal.newEntry({ title: 'A kind evening', body: 'Dinner without phones.', theme: 'Healing together' })
  await journal.backToTimeline()
  await expect(journal.timelineEntries()).toHaveCount(2)

  await page.getByLabel('Theme').selectOption({ label: 'Clear agreements' })
  await expect(journal.timelineEntries()).toHaveCount(1)
  await expect(journal.timelineEntries().first()).toContainText('Money talk')
  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await page.getByLabel('Tag').selectOption('money')
  await expect(journal.timelineEntries()).toHaveCount(1)
  await page.getByRole('button', { name: 'Clear filters' }).first().click()

  await journal.timelineEntries().filter({ hasText: 'A kind evening' }).getByRole('link').click()
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(journal.timelineEntries()).toHaveCount(1)
  // Escape is how people back out; it must not throw away the way back. Undo is one key away.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(journal.timelineEntries()).toHaveCount(2)
})

test('leaving the page straight after typing is held until the words are saved', async ({ page }) => {
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Before I close', body: 'First words.' })
  await page.getByLabel('Entry text').fill('First words, and the last ones typed.')
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await page.reload()
  await new LockPage(page).unlock()
  await journal.timelineEntries().first().getByRole('link').click()
  await expect(page.getByLabel('Entry text')).toHaveValue('First words, and the last ones typed.')
})

test('an own prompt is added and reworded from the keyboard, focus returning to where it started', async ({ page }) => {
  await new AppShell(page).goTo('Guided')
  await page.getByRole('button', { name: 'Add your own prompt' }).click()
  await page.getByLabel('Prompt', { exact: true }).fill('What did I notice about us this week?')
  await page.keyboard.press('Enter')
  await expect(page.getByText('What did I notice about us this week?')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add your own prompt' })).toBeFocused()

  const edit = page.getByRole('button', { name: 'Edit: What did I notice about us this week?' })
  await edit.click()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(edit).toBeFocused()
})
