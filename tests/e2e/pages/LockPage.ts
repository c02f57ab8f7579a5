import { expect, type Page } from '@playwright/test'
import { defaultPassphrase } from './OnboardingPage'

export class LockPage {
  constructor(private readonly page: Page) {}

  async expectLocked(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible({ timeout: 15_000 })
  }

  async unlock(passphrase = defaultPassphrase, journalName?: string): Promise<void> {
    await this.expectLocked()
    if (journalName) await this.page.getByRole('radio', { name: journalName }).check()
    await this.page.getByLabel('Passphrase').fill(passphrase)
    await this.page.getByRole('button', { name: 'Unlock' }).click()
    await expect(this.page.getByRole('navigation', { name: 'Mend' })).toBeVisible({ timeout: 20_000 })
  }

  async unlockWithRecoveryWords(words: readonly string[]): Promise<void> {
    await this.expectLocked()
    await this.page.getByRole('button', { name: /Use your recovery words/ }).click()
    await this.page.getByLabel('Recovery words').fill(words.join(' '))
    await this.page.getByRole('button', { name: 'Open journal' }).click()
  }
}
