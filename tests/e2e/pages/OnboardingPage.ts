import { expect, type Page } from '@playwright/test'

export const defaultPassphrase = 'quiet harbour lanterns at dusk'

export class OnboardingPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible()
  }

  /** Walks the whole welcome and returns the recovery words shown once at the end. */
  async createJournal(options: { name?: string; passphrase?: string; skipIntro?: boolean } = {}) {
    const { name = 'My journal', passphrase = defaultPassphrase, skipIntro = false } = options
    if (skipIntro) {
      await this.page.getByRole('button', { name: 'Skip the introduction' }).click()
    } else {
      await this.page.getByRole('button', { name: 'Begin' }).click()
      await expect(this.page.getByRole('heading', { name: 'Six threads of rebuilding trust' })).toBeVisible()
      await this.page.getByRole('button', { name: 'Continue' }).click()
      await expect(this.page.getByRole('heading', { name: 'Private by design' })).toBeVisible()
      await this.page.getByRole('button', { name: 'Continue' }).click()
      await expect(this.page.getByRole('heading', { name: 'If you don’t feel safe' })).toBeVisible()
      await this.page.getByRole('button', { name: 'Continue' }).click()
    }
    await expect(this.page.getByRole('heading', { name: 'Create your journal' })).toBeVisible()
    await this.page.getByLabel('Journal name').fill(name)
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await this.page.getByLabel('Type it again').fill(passphrase)
    await this.page.getByRole('button', { name: 'Create my journal' }).click()
    await expect(this.page.getByRole('heading', { name: 'Your recovery words' })).toBeVisible({ timeout: 20_000 })
    const words = await this.page.getByTestId('recovery-word').allInnerTexts()
    await this.page.getByLabel(/I have written these words down/).check()
    await this.page.getByRole('button', { name: 'Open my journal' }).click()
    await expect(this.page.getByRole('navigation', { name: 'Mend' })).toBeVisible()
    return words
  }
}
