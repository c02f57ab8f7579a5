import { expect, type Page } from '@playwright/test'

export class JournalPage {
  constructor(private readonly page: Page) {}

  async writeFromTodaysPrompt(body: string): Promise<string> {
    const promptText = await this.page.locator('.prompt-card__text').innerText()
    await this.page.getByRole('button', { name: 'Write about this' }).first().click()
    await this.fillBody(body)
    return promptText
  }

  async newEntry(fields: { title?: string; body: string; theme?: string; tags?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New entry' }).click()
    if (fields.title) await this.page.getByLabel('Title').fill(fields.title)
    if (fields.theme) await this.page.getByLabel('Theme').selectOption({ label: fields.theme })
    if (fields.tags) await this.page.getByLabel('Tags').fill(fields.tags)
    await this.fillBody(fields.body)
  }

  async fillBody(body: string): Promise<void> {
    await this.page.getByLabel('Entry text').fill(body)
    await expect(this.page.locator('.save-status')).toHaveAttribute('data-state', 'saved')
  }

  async backToTimeline(): Promise<void> {
    await this.page.getByRole('button', { name: '← Journal' }).click()
    await expect(this.page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible()
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(query)
  }

  results() {
    return this.page.getByRole('region', { name: 'Search results' }).getByRole('listitem')
  }

  timelineEntries() {
    return this.page.getByRole('region', { name: 'Entries by day' }).locator('.timeline__entry')
  }
}
