import { expect, type Page } from '@playwright/test'

export type AreaName =
  | 'Journal'
  | 'Guided'
  | 'Apology studio'
  | 'Agreements'
  | 'Progress'
  | 'Share'
  | 'Settings'
  | 'Help'

export class AppShell {
  constructor(private readonly page: Page) {}

  async goTo(area: AreaName): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Mend' }).getByRole('link', { name: area, exact: true }).click()
    await expect(this.page.getByRole('link', { name: area, exact: true })).toHaveAttribute('aria-current', 'page')
  }

  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+KeyL')
  }
}
