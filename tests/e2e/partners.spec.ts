import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { AppShell } from './pages/AppShell'
import { JournalPage } from './pages/JournalPage'
import { OnboardingPage } from './pages/OnboardingPage'
import { SharePage } from './pages/SharePage'

async function newJournal(page: Page, name: string): Promise<void> {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ name, skipIntro: true })
}

async function shareCodeOf(page: Page): Promise<{ code: string; words: string }> {
  await new AppShell(page).goTo('Share')
  await page.getByRole('tab', { name: 'Share codes' }).click()
  return {
    code: await page.getByTestId('own-share-code').innerText(),
    words: await page.getByTestId('own-fingerprint').innerText(),
  }
}

async function savePartner(page: Page, name: string, code: string): Promise<string> {
  await new AppShell(page).goTo('Share')
  await page.getByRole('tab', { name: 'Share codes' }).click()
  await page.getByLabel('Their name (optional)').fill(name)
  await page.getByLabel('Their share code').fill(code)
  await page.getByRole('button', { name: 'Save partner’s code' }).click()
  return page.getByTestId('partner-fingerprint').innerText()
}

async function openBundle(page: Page, file: { name: string; bytes: Buffer }): Promise<void> {
  await new AppShell(page).goTo('Share')
  await page.getByRole('tab', { name: 'Shared with me' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a .mendshare file…' }).click()
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes })
}

test('A seals chosen entries to B’s share code; B reads them, and C cannot open them', async ({ openProfile }) => {
  // Three journals means three Argon2id derivations at full cost, and more to and fro.
  test.setTimeout(150_000)
  const [alex, sam, casey] = [await openProfile(), await openProfile(), await openProfile()]
  await newJournal(alex.page, 'Alex')
  await newJournal(sam.page, 'Sam')
  await newJournal(casey.page, 'Casey')

  const journal = new JournalPage(alex.page)
  await journal.newEntry({ title: 'What I want you to know', body: 'I am sorry for the **silence**.', tags: 'us' })
  await journal.backToTimeline()
  await journal.newEntry({ title: 'Only for me', body: 'Not for sharing.' })
  await journal.backToTimeline()

  const samCode = await shareCodeOf(sam.page)
  const wordsSeenByAlex = await savePartner(alex.page, 'Sam', samCode.code)
  expect(wordsSeenByAlex).toBe(samCode.words)
  const alexCode = await shareCodeOf(alex.page)
  await savePartner(sam.page, 'Alex', alexCode.code)

  await new AppShell(alex.page).goTo('Share')
  await alex.page.getByRole('tab', { name: 'Share entries' }).click()
  await alex.page.getByRole('checkbox', { name: 'Choose “What I want you to know”' }).check()
  await alex.page.getByRole('button', { name: 'Preview what will be shared' }).click()
  await alex.page.getByLabel('Tags').check()
  await alex.page.getByLabel('Your name (optional)').fill('Alex')
  const bundle = await new SharePage(alex.page).saveAs('Seal for Sam')
  expect(bundle.name).toMatch(/\.mendshare$/)
  expect(bundle.bytes.includes(Buffer.from('silence'))).toBe(false)

  await openBundle(sam.page, bundle)
  const summary = sam.page.getByRole('region', { name: 'What this bundle holds' })
  await expect(summary).toContainText('1 item from Alex')
  await expect(summary).toContainText('Sealed by the partner whose share code you saved.')
  await sam.page.getByRole('button', { name: 'Add to Shared with me' }).click()
  const received = sam.page.getByRole('article', { name: 'What I want you to know' })
  await expect(received).toContainText('I am sorry for the silence.')
  await expect(received).toContainText('Tags: us')
  await expect(sam.page.getByText('Not for sharing.')).toHaveCount(0)

  // Importing the same bundle again adds nothing.
  await openBundle(sam.page, bundle)
  await sam.page.getByRole('button', { name: 'Add to Shared with me' }).click()
  await expect(sam.page.getByText('You already have everything in this bundle.')).toBeVisible()
  await expect(sam.page.getByRole('article')).toHaveCount(1)

  await openBundle(casey.page, bundle)
  await expect(casey.page.getByRole('alert')).toContainText(/someone else/i)
  await expect(casey.page.getByRole('article')).toHaveCount(0)

  await new AppShell(alex.page).goTo('Share')
  await alex.page.getByRole('tab', { name: 'History' }).click()
  await expect(alex.page.getByRole('list', { name: 'Share history' })).toContainText('Sealed bundle')
})

test('a bundle sealed with a one-time passphrase opens only with that passphrase', async ({ openProfile }) => {
  const [alex, sam] = [await openProfile(), await openProfile()]
  await newJournal(alex.page, 'Alex')
  await newJournal(sam.page, 'Sam')
  const journal = new JournalPage(alex.page)
  await journal.newEntry({ title: 'For our counsellor', body: 'How the week went.' })
  await journal.backToTimeline()

  await new AppShell(alex.page).goTo('Share')
  await new SharePage(alex.page).chooseAllAndPreview()
  await alex.page.getByText('Or seal with a one-time passphrase').click()
  const passphrase = await alex.page.getByLabel('One-time passphrase').inputValue()
  expect(passphrase.split(' ').length).toBeGreaterThanOrEqual(5)
  const bundle = await new SharePage(alex.page).saveAs('Seal with this passphrase')

  await openBundle(sam.page, bundle)
  await sam.page.getByLabel('The one-time passphrase your partner told you').fill('a wrong guess entirely')
  await sam.page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(sam.page.getByRole('alert')).toContainText(/passphrase/i)
  await sam.page.getByLabel('The one-time passphrase your partner told you').fill(passphrase)
  await sam.page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(sam.page.getByRole('region', { name: 'What this bundle holds' })).toContainText('cannot tell who sealed it')
  await sam.page.getByRole('button', { name: 'Add to Shared with me' }).click()
  await expect(sam.page.getByRole('article', { name: 'For our counsellor' })).toBeVisible()
})

test('a damaged or foreign file is refused with a clear message and nothing is added', async ({ page }) => {
  await newJournal(page, 'Sam')
  await openBundle(page, { name: 'notes.mendshare', bytes: Buffer.from('this is not a bundle at all') })
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByRole('alert')).not.toBeEmpty()
  await expect(page.getByRole('article')).toHaveCount(0)
})

test('a share code that will not read is named under its own field, with focus back there', async ({ page }) => {
  await newJournal(page, 'Alex')
  await new AppShell(page).goTo('Share')
  await page.getByRole('tab', { name: 'Share codes' }).click()
  const field = page.getByLabel('Their share code')
  await field.fill('mend1-not-a-real-code')
  await page.getByRole('button', { name: 'Save partner’s code' }).click()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toBeFocused()
  await expect(page.locator('.field__error')).toBeVisible()
  await field.fill('mend1-')
  await expect(field).not.toHaveAttribute('aria-invalid', 'true')
})
