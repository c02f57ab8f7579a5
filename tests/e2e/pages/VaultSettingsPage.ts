import { expect, type Locator, type Page } from '@playwright/test'

/** Settings › Change passphrase and Settings › Recovery words. */
export class VaultSettingsPage {
  constructor(private readonly page: Page) {}

  passphraseSection(): Locator {
    return this.page.getByRole('region', { name: 'Change passphrase' })
  }

  recoverySection(): Locator {
    return this.page.getByRole('region', { name: 'Recovery words' })
  }

  async fillPassphraseChange(current: string, next: string): Promise<void> {
    const section = this.passphraseSection()
    await section.getByLabel('Current passphrase').fill(current)
    await section.getByLabel('New passphrase').fill(next)
    await section.getByLabel('Type it again').fill(next)
    await section.getByRole('button', { name: 'Change passphrase' }).click()
  }

  async askForNewRecoveryWords(current: string): Promise<void> {
    const section = this.recoverySection()
    await section.getByRole('button', { name: 'Make new recovery words…' }).click()
    await section.getByLabel('Current passphrase').fill(current)
    await section.getByRole('button', { name: 'Make new recovery words', exact: true }).click()
  }

  /** The words on screen, once they are shown. */
  async shownRecoveryWords(): Promise<string[]> {
    await expect(this.page.getByRole('heading', { name: 'Your new recovery words' })).toBeVisible({
      timeout: 20_000,
    })
    return this.recoverySection().getByTestId('recovery-word').allInnerTexts()
  }

  async confirmRecoveryWordsSaved(): Promise<void> {
    const section = this.recoverySection()
    await section.getByLabel(/I have written these words down/).check()
    await section.getByRole('button', { name: 'I’ve saved them' }).click()
  }
}
