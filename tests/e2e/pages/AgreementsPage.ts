import { expect, type Locator, type Page } from '@playwright/test'

export interface AgreementFields {
  readonly kind: string
  readonly title: string
  readonly mine: string
  readonly theirs: string
  readonly why?: string
}

export class AgreementsPage {
  constructor(private readonly page: Page) {}

  async createAgreement(fields: AgreementFields): Promise<void> {
    await this.showAgreements()
    await this.page.getByRole('button', { name: 'New agreement' }).click()
    await this.page.getByLabel('Kind of agreement').selectOption({ label: fields.kind })
    await this.page.getByLabel('Title').fill(fields.title)
    await this.page.getByLabel('What I will do').fill(fields.mine)
    await this.page.getByLabel('What my partner will do').fill(fields.theirs)
    if (fields.why) await this.page.getByLabel('Why it matters').fill(fields.why)
    await this.page.getByRole('button', { name: 'Save agreement' }).click()
    await expect(this.page.getByRole('heading', { name: fields.title, level: 2 })).toBeVisible()
  }

  async showAgreements(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Agreements' }).click()
  }

  async showCommitments(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Commitments' }).click()
    await expect(this.page.getByRole('tab', { name: 'Commitments' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  async openAgreement(title: string): Promise<void> {
    await this.showAgreements()
    await this.page.getByRole('button', { name: title, exact: true }).click()
    await expect(this.page.getByRole('heading', { name: title, level: 2 })).toBeVisible()
  }

  async addCheckIn(rating: number, note: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${rating} · `) }).check()
    await this.page.getByLabel('A few words').fill(note)
    await this.page.getByRole('button', { name: 'Add check-in' }).click()
    await expect(this.checkIns().filter({ hasText: note })).toHaveCount(1)
    // Focus stays where the person pressed, ready for the next one.
    await expect(this.page.getByRole('button', { name: 'Add check-in' })).toBeFocused()
  }

  checkIns(): Locator {
    return this.page.getByRole('list', { name: 'Check-ins, newest first' }).getByRole('listitem')
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: '← All agreements' }).click()
  }

  async createCommitment(title: string, options: { linkTo?: string } = {}): Promise<void> {
    await this.showCommitments()
    await this.page.getByRole('button', { name: 'New commitment' }).click()
    await this.page.getByLabel('What will you do?').fill(title)
    await this.page.getByRole('radio', { name: 'Every day' }).check()
    if (options.linkTo)
      await this.page.getByLabel('Part of an agreement').selectOption({ label: options.linkTo })
    await this.page.getByRole('button', { name: 'Save commitment' }).click()
    await expect(this.commitment(title)).toBeVisible()
  }

  commitment(title: string): Locator {
    return this.page.getByRole('article', { name: title })
  }

  async markToday(title: string): Promise<void> {
    const button = this.commitment(title).getByRole('button', { name: 'Kept today' })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
  }

  /** `day` as the button names it, e.g. "Thursday 5 March". */
  async markDay(title: string, day: string): Promise<void> {
    const button = this.commitment(title).getByRole('button', { name: day })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
  }
}
