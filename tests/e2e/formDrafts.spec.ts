import { expect, test } from './support/fixtures'
import { AgreementsPage } from './pages/AgreementsPage'
import { AppShell } from './pages/AppShell'
import { LockPage } from './pages/LockPage'
import { OnboardingPage } from './pages/OnboardingPage'

const keptLine = 'Kept from before Mend locked.'

test('a half-written agreement survives Ctrl+L, and is gone once it was saved', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const shell = new AppShell(page)
  const agreements = new AgreementsPage(page)
  const lock = new LockPage(page)

  await shell.goTo('Agreements')
  await page.getByRole('button', { name: 'New agreement' }).click()
  await page.getByLabel('Kind of agreement').selectOption({ label: 'Boundary' })
  await page.getByLabel('Title').fill('Phone-free dinners')
  // Straight after typing, before the draft's pause: the lock itself must keep these words.
  await page.getByLabel('What I will do').fill('Leave my phone in the hall from seven.')
  await shell.lockWithShortcut()
  await lock.unlock()

  await shell.goTo('Agreements')
  await page.getByRole('button', { name: 'New agreement' }).click()
  await expect(page.getByLabel('Title')).toHaveValue('Phone-free dinners')
  await expect(page.getByLabel('What I will do')).toHaveValue(
    'Leave my phone in the hall from seven.',
  )
  await expect(page.getByLabel('Kind of agreement')).toHaveValue('boundary')
  await expect(page.getByText(keptLine)).toBeVisible()

  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByRole('heading', { name: 'Phone-free dinners', level: 2 })).toBeVisible()
  await shell.lockWithShortcut()
  await lock.unlock()

  await shell.goTo('Agreements')
  await agreements.showAgreements()
  await page.getByRole('button', { name: 'New agreement' }).click()
  await expect(page.getByLabel('Title')).toHaveValue('')
  await expect(page.getByLabel('What I will do')).toHaveValue('')
  await expect(page.getByText(keptLine)).toHaveCount(0)
})
