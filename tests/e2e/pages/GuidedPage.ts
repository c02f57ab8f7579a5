import { expect, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

export interface CheckInAnswers {
  /** The words of the rating buttons, e.g. "Fairly good" and "Quite a lot". */
  readonly mood: string
  readonly trust: string
  readonly appreciated: string
  readonly keptMyWord?: string
  readonly need: string
}

export class GuidedPage {
  constructor(private readonly page: Page) {}

  /** Runs the daily check-in from the Guided area, saves it and stops on "Read it over". */
  async completeDailyCheckIn(answers: CheckInAnswers): Promise<void> {
    await new AppShell(this.page).goTo('Guided')
    await this.page.getByRole('button', { name: 'Start Daily check-in' }).click()
    await this.page.getByRole('radio', { name: new RegExp(`^\\d · ${answers.mood}$`) }).check()
    await this.next()
    await this.page.getByRole('radio', { name: new RegExp(`^\\d · ${answers.trust}$`) }).check()
    await this.next()
    await this.page.getByRole('textbox').fill(answers.appreciated)
    await this.next()
    if (answers.keptMyWord) await this.page.getByRole('textbox').fill(answers.keptMyWord)
    await this.next()
    await this.page.getByRole('textbox').fill(answers.need)
    await this.next()
    await expect(this.page.getByRole('heading', { name: 'Read it over' })).toBeVisible()
  }

  async saveToJournal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save to my journal' }).click()
    await expect(this.page.getByRole('heading', { name: 'Saved to your journal' })).toBeVisible()
  }

  private async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next' }).click()
  }
}
