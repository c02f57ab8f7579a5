import { describe, expect, it } from 'vitest'
import type { BundleContents } from '@renderer/db/sharingTypes'
import type { Result } from '@shared/result'
import { sampleItems } from '../crypto/bundleTestKit'
import { BACKUP_TIME } from './backupTestKit'
import { NOW, TODAY, person } from './shareTestKit'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow } from './vaultTestKit'

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

const contents: BundleContents = {
  senderName: 'Sam',
  items: sampleItems(3),
  coverNote: '',
  expiresOn: '2026-01-01',
  includeRatings: true,
  includeTags: true,
  includePrivateNotes: true,
}

describe('shared items across journals', () => {
  it('are recognised after a merge into another journal, so a repeat import adds nothing', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const passphrase = 'harbour violet tulip anchor meadow river'
    const sealed = valueOf(
      await sam.session.sharing.sealWithPassphrase(passphrase, contents, { now: NOW }),
    )
    const opened = valueOf(
      await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY, passphrase }),
    )
    expect(opened.expired).toBe(true)
    expect(opened.coverNote).toBeNull()
    valueOf(await alex.session.sharing.importBundle(opened, NOW))
    const backup = valueOf(await alex.session.backups.create({ now: BACKUP_TIME }))

    const newJournal = await createJournalOrThrow(
      alex.vault.directory,
      'Alex, again',
      OTHER_PASSPHRASE,
    )
    valueOf(await newJournal.session.backups.merge(backup.bytes, { passphrase: PASSPHRASE }))
    expect((await newJournal.session.sharing.listSharedItems()).items).toHaveLength(3)
    const again = valueOf(
      await newJournal.session.sharing.openBundle(sealed.bytes, { today: TODAY, passphrase }),
    )
    expect(valueOf(await newJournal.session.sharing.importBundle(again, NOW))).toEqual({
      added: 0,
      alreadyImported: 3,
    })
  })
})

describe('a locked journal', () => {
  it('answers every sharing and backup call with vault-locked', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const sealed = valueOf(
      await sam.session.sharing.sealToShareCode(alex.shareCode, contents, { now: NOW }),
    )
    const opened = valueOf(await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY }))
    const backup = valueOf(await sam.session.backups.create({ now: BACKUP_TIME }))
    sam.session.close()
    alex.session.close()
    expect(codeOf(await sam.session.sharing.identity())).toBe('vault-locked')
    expect(
      codeOf(await sam.session.sharing.sealToShareCode(alex.shareCode, contents, { now: NOW })),
    ).toBe('vault-locked')
    expect(codeOf(await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY }))).toBe(
      'vault-locked',
    )
    expect(codeOf(await alex.session.sharing.importBundle(opened, NOW))).toBe('vault-locked')
    expect(codeOf(await sam.session.backups.create({ now: BACKUP_TIME }))).toBe('vault-locked')
    expect(codeOf(await sam.session.backups.merge(backup.bytes, null))).toBe('vault-locked')
  })
})
