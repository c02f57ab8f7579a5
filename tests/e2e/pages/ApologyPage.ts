import { expect, type Locator, type Page } from '@playwright/test'

export class ApologyPage {
  constructor(private readonly page: Page) {}

  async newDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'New apology' }).click()
    await expect(
      this.page.getByRole('heading', { name: 'Untitled apology', level: 1 }),
    ).toBeVisible()
  }

  async rename(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Rename this apology' })
    await dialog.getByLabel('Name').fill(title)
    await dialog.getByRole('button', { name: 'Rename' }).click()
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
  }

  stepHeading(): Locator {
    return this.page.locator('#apology-step-title')
  }

  /** The text area of the step on screen. */
  answer(): Locator {
    return this.page.locator('.apology-step').getByRole('textbox')
  }

  async answerStep(title: string, text: string): Promise<void> {
    await expect(this.stepHeading()).toContainText(title)
    await this.answer().fill(text)
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next: / }).click()
  }

  /** A step in the step navigator; its name ends with its state, "(written)" or what is left. */
  stepButton(title: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Steps of the apology' })
      .getByRole('button', { name: new RegExp(`^${title}`) })
  }

  async goToStep(title: string): Promise<void> {
    await this.stepButton(title).click()
    await expect(this.stepHeading()).toBeFocused()
  }

  letterPreview(): Locator {
    return this.page.getByRole('document', { name: /Letter preview/ })
  }

  findings(): Locator {
    return this.page.locator('.apology-findings > li')
  }

  async openSection(name: 'Write' | 'Repair plan' | 'Versions' | 'Giving it'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Parts of this apology' })
      .getByRole('button', { name, exact: true })
      .click()
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveAttribute('data-state', 'saved')
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: '← All apologies' }).click()
    await expect(this.page.getByRole('heading', { name: 'Apology studio', level: 1 })).toBeVisible()
  }

  draftCard(title: string): Locator {
    return this.page.locator('.apology-draft-card').filter({ hasText: title })
  }
}
