import { readFile } from 'node:fs/promises'
import { expect, type Page } from '@playwright/test'

export class SharePage {
  constructor(private readonly page: Page) {}

  async chooseAllAndPreview(): Promise<void> {
    await this.page.getByRole('button', { name: /^Choose all \d+ shown$/ }).click()
    await this.page.getByRole('button', { name: 'Preview what will be shared' }).click()
    await expect(this.page.getByRole('heading', { name: 'Exactly what the reader will see' })).toBeVisible()
    // The chooser that held focus is gone; focus starts again at the top of this step.
    await expect(this.page.getByRole('button', { name: '← Change what is chosen' })).toBeFocused()
  }

  preview() {
    return this.page.getByRole('document', { name: 'Preview of the shared document' })
  }

  /** Clicks a save button and returns the downloaded file's text (the web platform downloads). */
  async saveAs(buttonName: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: buttonName }).click()
    const file = await download
    const path = await file.path()
    return { name: file.suggestedFilename(), bytes: await readFile(path) }
  }
}
