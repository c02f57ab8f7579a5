import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { AppShell } from './pages/AppShell'
import { BackupPage, type BackupFile } from './pages/BackupPage'
import { JournalPage } from './pages/JournalPage'
import { LockPage } from './pages/LockPage'
import { defaultPassphrase, OnboardingPage } from './pages/OnboardingPage'

/** A backup of another journal ("Sam"), made by scripts/makeFixtures.mjs. */
const fixtureBackup = async (): Promise<BackupFile> => ({
  name: 'basic.mendbackup',
  buffer: await readFile(join(__dirname, '../fixtures/backups/basic.mendbackup')),
})

const entries = [
  { title: 'The first honest talk', body: 'We sat on the stairs and listened.' },
  { title: 'A walk after dinner', body: 'No phones, just the river.' },
  { title: 'Café notes ☕', body: 'Ça prendra du temps, et c’est d’accord.' },
]

async function journalWithEntries(
  page: Page,
  written: readonly (typeof entries)[number][],
  name = 'My journal',
): Promise<JournalPage> {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true, name })
  const journal = new JournalPage(page)
  for (const entry of written) {
    await journal.newEntry(entry)
    await journal.backToTimeline()
  }
  return journal
}

async function titlesOf(page: Page): Promise<string[]> {
  await new AppShell(page).goTo('Journal')
  return (await page.locator('.timeline__title').allInnerTexts()).sort()
}

test('a backup restores into a fresh profile with every entry intact', async ({
  page,
  openProfile,
}) => {
  await journalWithEntries(page, entries)
  const before = await titlesOf(page)
  await new AppShell(page).goTo('Settings')
  const backup = await new BackupPage(page).backUpNow()
  expect(backup.name).toMatch(/^mend-backup-\d{4}-\d{2}-\d{2}-\d{6}Z-[0-9a-f]{8}\.mendbackup$/)
  // Nothing of the journal can be read in the file itself.
  for (const secret of ['honest talk', 'river', 'My journal'])
    expect(backup.buffer.includes(secret)).toBe(false)

  const fresh = (await openProfile()).page
  await new OnboardingPage(fresh).open()
  const restore = new BackupPage(fresh)
  await restore.startRestore(backup)
  await expect(fresh.getByRole('term')).toHaveText(['File', 'Made', 'Holds'])
  await restore.restoreWith('not the passphrase at all')
  await expect(fresh.getByRole('alert')).toContainText("That passphrase doesn't open this backup")
  await restore.restoreWith(defaultPassphrase)
  await expect(fresh.getByRole('heading', { name: '“My journal” is restored' })).toBeVisible({
    timeout: 20_000,
  })
  await fresh.getByRole('button', { name: 'Open my journal' }).click()
  await expect(fresh.getByRole('navigation', { name: 'Mend' })).toBeVisible()
  expect(await titlesOf(fresh)).toEqual(before)
  await new JournalPage(fresh)
    .timelineEntries()
    .filter({ hasText: 'Café notes' })
    .getByRole('link')
    .click()
  await expect(fresh.getByLabel('Entry text')).toHaveValue(entries[2]?.body ?? '')

  // The journal is on this computer now: restoring it again points to merging instead.
  await new AppShell(fresh).lockWithShortcut()
  await new LockPage(fresh).expectLocked()
  await restore.startRestore(backup)
  await expect(fresh.getByRole('alert')).toContainText('already on this computer')
  await expect(fresh.getByRole('alert')).toContainText('Merge a backup')
  await fresh.getByRole('button', { name: 'Back to unlock' }).click()
  await new LockPage(fresh).unlock()
})

test('merging the same backup twice brings its entries in once', async ({ page, openProfile }) => {
  await journalWithEntries(page, entries.slice(0, 2), 'Sam')
  await new AppShell(page).goTo('Settings')
  const backup = await new BackupPage(page).backUpNow()

  const other = (await openProfile()).page
  await journalWithEntries(other, entries.slice(2), 'Alex')
  await new AppShell(other).goTo('Settings')
  const backups = new BackupPage(other)
  await backups.chooseForMerge(backup)
  await expect(backups.mergeForm()).toContainText('A different journal')
  await backups.merge(defaultPassphrase)
  // The journal locks so every area reopens with the merged entries.
  const lock = new LockPage(other)
  await lock.expectLocked()
  await expect(
    other.getByRole('form', { name: 'Mend is locked' }).getByRole('status'),
  ).toContainText(/Backup merged: \d+ added/)
  await lock.unlock()
  const merged = await titlesOf(other)
  expect(merged).toEqual(entries.map((entry) => entry.title).sort())

  await new AppShell(other).goTo('Settings')
  await backups.chooseForMerge(backup)
  await backups.merge(defaultPassphrase)
  await expect(backups.section().getByRole('heading', { name: 'Nothing new to add' })).toBeFocused({
    timeout: 20_000,
  })
  await expect(backups.section()).toContainText('already in your journal, so nothing was changed')
  expect(await titlesOf(other)).toEqual(merged)
})

test('bad backup files are refused with a clear message and the journal stays as it was', async ({
  page,
}) => {
  await journalWithEntries(page, entries.slice(0, 2))
  const before = await titlesOf(page)
  await new AppShell(page).goTo('Settings')
  const backups = new BackupPage(page)
  const good = await backups.backUpNow()
  const flipped = Buffer.from(good.buffer)
  flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0x01
  const cases: readonly { file: BackupFile; message: string | RegExp }[] = [
    {
      file: {
        name: good.name,
        buffer: good.buffer.subarray(0, Math.floor(good.buffer.length / 2)),
      },
      message: 'damaged or incomplete',
    },
    { file: { name: good.name, buffer: flipped }, message: 'damaged or incomplete' },
    {
      file: {
        name: 'holiday.mendbackup',
        buffer: Buffer.from('Just a photo, renamed. '.repeat(40)),
      },
      message: "isn't a Mend backup",
    },
  ]
  for (const { file, message } of cases) {
    await backups.chooseForMerge(file)
    const alert = backups.section().getByRole('alert')
    // A cut or altered file may still have a readable header: then merging finds the damage.
    await expect(backups.mergeForm().or(alert)).toBeVisible()
    if (await backups.mergeForm().isVisible()) await backups.merge()
    await expect(backups.section().getByRole('alert')).toContainText(message)
    await expect(backups.section().getByRole('alert')).toContainText('nothing was')
  }

  await backups.chooseForMerge(await fixtureBackup())
  await backups.merge('lantern orchard gravel whispers')
  await expect(backups.mergeForm().getByRole('alert')).toContainText(
    "That passphrase doesn't open this backup",
  )

  await expect(page.getByRole('navigation', { name: 'Mend' })).toBeVisible()
  expect(await titlesOf(page)).toEqual(before)
  // And after a fresh unlock, from what is stored rather than what is in memory.
  await new AppShell(page).lockWithShortcut()
  await new LockPage(page).unlock()
  expect(await titlesOf(page)).toEqual(before)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the backup screens pass an accessibility scan in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await new OnboardingPage(page).open()
    const backups = new BackupPage(page)
    const fixture = await fixtureBackup()
    await backups.startRestore(fixture)
    await expect(page.getByLabel('Passphrase of the backed-up journal')).toBeVisible()
    await expectNoSeriousA11yViolations(page, 'restore: passphrase')
    await page.getByRole('radio', { name: 'Its recovery words' }).check()
    await page.getByRole('button', { name: 'Restore journal' }).click()
    await expect(page.getByRole('alert')).toContainText('come in a set of 24')
    await expectNoSeriousA11yViolations(page, 'restore: recovery words')
    await page.getByRole('radio', { name: 'Its passphrase' }).check()
    await backups.restoreWith('lantern orchard gravel whisper')
    await expect(page.getByRole('heading', { name: '“Sam” is restored' })).toBeFocused()
    await expectNoSeriousA11yViolations(page, 'restore: done')
    await page.getByRole('button', { name: 'Open my journal' }).click()

    await new AppShell(page).goTo('Settings')
    await backups.backUpNow()
    await backups.chooseForMerge(fixture)
    await expect(backups.mergeForm()).toContainText('needs no passphrase')
    await expectNoSeriousA11yViolations(page, 'settings: merge')
    await backups.merge()
    await expect(
      backups.section().getByRole('heading', { name: 'Nothing new to add' }),
    ).toBeFocused()
    await expectNoSeriousA11yViolations(page, 'settings: merged')

    await new AppShell(page).lockWithShortcut()
    await new LockPage(page).expectLocked()
    await page.getByRole('button', { name: 'Restore from a backup' }).click()
    await expectNoSeriousA11yViolations(page, 'lock screen: restore')
  })
}
