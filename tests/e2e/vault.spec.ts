import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { countFiles, filesContaining } from './support/profileScan'
import { AppShell } from './pages/AppShell'
import { JournalPage } from './pages/JournalPage'
import { LockPage } from './pages/LockPage'
import { defaultPassphrase, OnboardingPage } from './pages/OnboardingPage'
import { VaultSettingsPage } from './pages/VaultSettingsPage'

const wrongPassphraseMessage = 'That passphrase doesn’t open this journal.'

test('a wrong passphrase is refused kindly and the right one opens the journal with its entries', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'First honest talk', body: 'It went better than I feared.' })
  await journal.backToTimeline()

  await page.reload()
  const lock = new LockPage(page)
  await lock.expectLocked()
  await page.getByLabel('Passphrase').fill('not my passphrase at all')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(wrongPassphraseMessage)
  await lock.unlock()
  await expect(journal.timelineEntries()).toHaveCount(1)
  await expect(journal.timelineEntries().first()).toContainText('First honest talk')
})

test('Ctrl+L locks at once, and the lock screen holds nothing of the journal', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Private title', body: 'Very private words.' })
  // Straight after typing, before the autosave's pause: locking must still keep every word.
  await page.getByLabel('Entry text').fill('Very private words, finished.')
  await new AppShell(page).lockWithShortcut()
  const lock = new LockPage(page)
  await lock.expectLocked()
  await expect(page.locator('body')).not.toContainText('Private title')
  await lock.unlock()
  await expect(journal.timelineEntries().first()).toContainText('Private title')
  await journal.timelineEntries().first().getByRole('link').click()
  await expect(page.getByLabel('Entry text')).toHaveValue('Very private words, finished.')
})

test('the journal locks itself after the idle time', async ({ page }) => {
  await page.clock.install()
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  await page.clock.fastForward('04:00')
  await expect(page.getByRole('navigation', { name: 'Mend' })).toBeVisible()
  await page.clock.fastForward('01:30')
  await new LockPage(page).expectLocked()
})

test('recovery words open the journal and a new passphrase is set before anything else', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  const words = await onboarding.createJournal({ skipIntro: true })
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Kept safe', body: 'Still here after recovery.' })
  await page.reload()

  const lock = new LockPage(page)
  await lock.unlockWithRecoveryWords(words)
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: 20_000 })
  const newPassphrase = 'copper kettle under winter stars'
  // The forgotten passphrase is not asked for: forgetting it is why the words were used.
  await expect(page.getByLabel('Current passphrase')).toHaveCount(0)
  await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase)
  await page.getByLabel('Type it again').fill(newPassphrase)
  await page.getByRole('button', { name: 'Save new passphrase' }).click()
  await expect(page.getByRole('navigation', { name: 'Mend' })).toBeVisible({ timeout: 20_000 })
  await expect(journal.timelineEntries().first()).toContainText('Kept safe')

  await page.reload()
  await page.getByLabel('Passphrase').fill(defaultPassphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(wrongPassphraseMessage)
  await lock.unlock(newPassphrase)
})

test('two people on one computer each open only their own journal', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ name: 'Alex', skipIntro: true })
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Alex writes', body: 'Only for Alex.' })
  await new AppShell(page).lockWithShortcut()

  await page.getByRole('button', { name: 'Start a separate journal' }).click()
  await onboarding.createJournal({ name: 'Sam', passphrase: 'olive branches over the old bridge', skipIntro: true })
  await expect(page.getByText('Nothing written yet')).toBeVisible()
  await new AppShell(page).lockWithShortcut()

  const lock = new LockPage(page)
  await lock.unlock(defaultPassphrase, 'Alex')
  await expect(journal.timelineEntries()).toHaveCount(1)
  await new AppShell(page).lockWithShortcut()
  await page.getByRole('radio', { name: 'Sam' }).check()
  await page.getByLabel('Passphrase').fill(defaultPassphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(wrongPassphraseMessage)
})

test('nothing readable is left in the browser profile after writing', async ({ profile }) => {
  const { page } = profile
  const marker = 'Zephyrquillmarker'
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const journal = new JournalPage(page)
  for (let i = 0; i < 3; i++) {
    await journal.newEntry({
      title: `${marker} title ${i}`,
      body: `${marker} body. `.repeat(40),
      tags: `${marker.toLowerCase()}tag`,
    })
    await journal.backToTimeline()
  }
  await journal.search(marker)
  await expect(journal.results()).toHaveCount(3)
  await profile.close()

  expect(await countFiles(profile.dir)).toBeGreaterThan(10)
  expect(await filesContaining(profile.dir, marker)).toEqual([])
  expect(await filesContaining(profile.dir, marker.toLowerCase())).toEqual([])
  expect(await filesContaining(profile.dir, defaultPassphrase)).toEqual([])
  // The scan itself must be able to see the marker: the same text in a file of the profile is found.
  const { writeFile } = await import('node:fs/promises')
  await writeFile(`${profile.dir}/control.txt`, Buffer.from(`x${marker}x`, 'utf16le'))
  expect(await filesContaining(profile.dir, marker)).toHaveLength(1)
})

test('a journal of hundreds of imported entries opens whole after lock and unlock, oldest and newest alike', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const count = 400
  const dayOne = JSON.stringify({
    entries: Array.from({ length: count }, (_, i) => ({
      uuid: `BULK${i}`,
      creationDate: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(),
      text: `# Evening ${i}\n\nWalked by the river, marker${i}word.`,
    })),
  })
  await new AppShell(page).goTo('Settings')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'From Day One…' }).click()
  await (await chooser).setFiles({ name: 'Journal.json', mimeType: 'application/json', buffer: Buffer.from(dayOne) })
  await page.getByRole('button', { name: 'Add them to my journal' }).click()
  await expect(page.getByText(`${count} entries were added to your journal.`)).toBeVisible({ timeout: 20_000 })

  await new AppShell(page).lockWithShortcut()
  await new LockPage(page).unlock()
  const journal = new JournalPage(page)
  for (const which of [0, count - 1]) {
    await journal.search(`marker${which}word`)
    await expect(journal.results().first()).toContainText(`Evening ${which}`)
  }
  await new AppShell(page).goTo('Share')
  await expect(page.getByRole('button', { name: `Choose all ${count} shown` })).toBeVisible()
})

test('changing the passphrase asks for the current one first', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  await new AppShell(page).goTo('Settings')
  const settings = new VaultSettingsPage(page)
  const section = settings.passphraseSection()
  const newPassphrase = 'amber lighthouse beneath quiet snow'

  await settings.fillPassphraseChange('someone else guessing', newPassphrase)
  await expect(section.getByRole('alert')).toHaveText(wrongPassphraseMessage, { timeout: 20_000 })
  const current = section.getByLabel('Current passphrase')
  await expect(current).toBeFocused()
  await expect(current).toHaveAttribute('aria-invalid', 'true')
  await expectNoSeriousA11yViolations(page, 'change passphrase, wrong current passphrase')

  await current.fill(defaultPassphrase)
  await section.getByRole('button', { name: 'Change passphrase' }).click()
  await expect(page.getByText('Your new passphrase is set.')).toBeVisible({ timeout: 20_000 })

  await new AppShell(page).lockWithShortcut()
  const lock = new LockPage(page)
  await lock.expectLocked()
  await page.getByLabel('Passphrase').fill(defaultPassphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(wrongPassphraseMessage)
  await lock.unlock(newPassphrase)
})

test('new recovery words replace the old ones, after the current passphrase', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  const oldWords = await onboarding.createJournal({ skipIntro: true })
  await new AppShell(page).goTo('Settings')
  const settings = new VaultSettingsPage(page)

  await settings.askForNewRecoveryWords('not the passphrase')
  await expect(settings.recoverySection().getByRole('alert')).toHaveText(wrongPassphraseMessage, { timeout: 20_000 })
  await expect(settings.recoverySection().getByLabel('Current passphrase')).toBeFocused()
  await settings.recoverySection().getByLabel('Current passphrase').fill(defaultPassphrase)
  await settings.recoverySection().getByRole('button', { name: 'Make new recovery words', exact: true }).click()
  const newWords = await settings.shownRecoveryWords()
  expect(newWords).toHaveLength(24)
  expect(newWords).not.toEqual(oldWords)
  await expectNoSeriousA11yViolations(page, 'new recovery words')

  // Closing while the words are on screen asks first; staying keeps them there.
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.close({ runBeforeUnload: true })
  await expect(page.getByRole('heading', { name: 'Your new recovery words' })).toBeVisible()
  await settings.confirmRecoveryWordsSaved()
  await expect(page.getByText('You haven’t yet confirmed')).toHaveCount(0)

  await new AppShell(page).lockWithShortcut()
  const lock = new LockPage(page)
  await lock.unlockWithRecoveryWords(oldWords)
  await expect(page.getByRole('alert')).toHaveText(/^Those words don’t open this journal\./)
  await page.getByRole('button', { name: 'Back to passphrase' }).click()
  await lock.unlock()
  await new AppShell(page).lockWithShortcut()
  await lock.unlockWithRecoveryWords(newWords)
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: 20_000 })
})

test('recovery words left unconfirmed at a reload are mentioned once, quietly, in Settings', async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await page.getByRole('button', { name: 'Skip the introduction' }).click()
  await page.getByLabel('Passphrase', { exact: true }).fill(defaultPassphrase)
  await page.getByLabel('Type it again').fill(defaultPassphrase)
  await page.getByRole('button', { name: 'Create my journal' }).click()
  await expect(page.getByRole('heading', { name: 'Your recovery words' })).toBeVisible({ timeout: 20_000 })

  let asked = false
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload'
    void dialog.accept()
  })
  await page.reload()
  expect(asked).toBe(true)
  await new LockPage(page).unlock()
  await expect(page.getByText('You haven’t yet confirmed')).toHaveCount(0)
  await new AppShell(page).goTo('Settings')
  await expect(new VaultSettingsPage(page).recoverySection()).toContainText(
    'You haven’t yet confirmed that you saved this journal’s recovery words.',
  )
})
