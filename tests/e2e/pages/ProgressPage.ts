import { expect, type Locator, type Page } from '@playwright/test'

export class ProgressPage {
  constructor(private readonly page: Page) {}

  section(name: string): Locator {
    return this.page.getByRole('region', { name })
  }

  async defineMilestone(title: string): Promise<void> {
    await this.page.getByLabel('A milestone to look out for').fill(title)
    await this.page.getByRole('button', { name: 'Add milestone' }).click()
    await expect(this.page.getByRole('list', { name: 'Milestones to look out for' })).toContainText(
      title,
    )
  }

  async reachMilestone(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Mark “${title}” reached` }).click()
    await expect(this.section('Milestones').getByRole('status')).toContainText(title)
  }

  async writeWeeklyReflection(): Promise<void> {
    await this.page.getByRole('button', { name: 'Write this week’s reflection' }).click()
    await expect(this.page.getByLabel('Entry text')).toBeVisible()
  }
}
