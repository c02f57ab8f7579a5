import { readFile } from 'node:fs/promises'
import { expect, type Page } from '@playwright/test'

export interface BackupFile {
  readonly name: string
  readonly buffer: Buffer
}

/** Settings › Backups, and "Restore from a backup" on the welcome and lock screens. */
export class BackupPage {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.getByRole('region', { name: 'Backups', exact: true })
  }

  /** Makes a backup and returns the file the browser downloaded. */
  async backUpNow(): Promise<BackupFile> {
    const download = this.page.waitForEvent('download')
    await this.section().getByRole('button', { name: 'Back up now' }).click()
    const file = await download
    await expect(this.section().getByRole('status').first()).toContainText('saving the backup')
    return { name: file.suggestedFilename(), buffer: await readFile(await file.path()) }
  }

  /** Picks a file for "Merge a backup…" and waits for its summary, or for a refusal. */
  async chooseForMerge(file: BackupFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.section().getByRole('button', { name: 'Merge a backup…' }).click()
    await (
      await chooser
    ).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer })
  }

  mergeForm() {
    return this.page.getByRole('form', { name: 'About this backup' })
  }

  async merge(passphrase?: string): Promise<void> {
    if (passphrase !== undefined) {
      await this.mergeForm().getByLabel('Passphrase of the backed-up journal').fill(passphrase)
    }
    await this.mergeForm().getByRole('button', { name: 'Merge into this journal' }).click()
  }

  /** From the welcome or lock screen: opens the restore screen and picks the file. */
  async startRestore(file: BackupFile): Promise<void> {
    await this.page.getByRole('button', { name: 'Restore from a backup' }).click()
    await expect(this.page.getByRole('heading', { name: 'Restore from a backup' })).toBeFocused()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Choose a backup file…' }).click()
    await (
      await chooser
    ).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer })
  }

  async restoreWith(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase of the backed-up journal').fill(passphrase)
    await this.page.getByRole('button', { name: 'Restore journal' }).click()
  }
}
