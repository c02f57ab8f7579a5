import { describe, expect, it } from 'vitest'
import type { OpenedRecord, RecordKind, VaultSession } from '@renderer/db/types'
import type { Result } from '@shared/result'
import { BACKUP_TIME, allRecords } from './backupTestKit'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

type NewRecord = { kind: RecordKind; id: string; payload: unknown }

const updatedAt = '2026-02-01T10:00:00.000Z'

/** One of every kind a person writes, with ids as the app makes them. */
const SAM_CONTENT: readonly NewRecord[] = [
  {
    kind: 'entry',
    id: '11111111-0000-4000-8000-000000000001',
    payload: { title: 'Talked', updatedAt },
  },
  {
    kind: 'entry',
    id: '11111111-0000-4000-8000-000000000002',
    payload: { title: 'Walked', updatedAt },
  },
  {
    kind: 'apology',
    id: '22222222-0000-4000-8000-000000000001',
    payload: { to: 'Alex', updatedAt },
  },
  {
    kind: 'agreement',
    id: '33333333-0000-4000-8000-000000000001',
    payload: { text: 'Phones away at dinner', updatedAt },
  },
  {
    kind: 'commitment',
    id: '44444444-0000-4000-8000-000000000001',
    payload: { text: 'Call on Sundays', updatedAt },
  },
  {
    kind: 'commitment-log',
    id: '44444444-0000-4000-8000-000000000001',
    payload: { kept: ['2026-02-01'] },
  },
  {
    kind: 'milestone',
    id: '55555555-0000-4000-8000-000000000001',
    payload: { title: 'A month', updatedAt },
  },
  { kind: 'flow-session', id: '66666666-0000-4000-8000-000000000001', payload: { step: 2 } },
  {
    kind: 'prompt-custom',
    id: 'customisations',
    payload: { version: 1, added: [], overrides: {}, hidden: [] },
  },
  { kind: 'share-log', id: '77777777-0000-4000-8000-000000000001', payload: { format: 'html' } },
]

/** Sam's own bookkeeping: nothing of it belongs in another journal. */
const SAM_SETTINGS: readonly NewRecord[] = [
  { kind: 'settings', id: 'app-settings', payload: { idleLockMinutes: 60, privacyScreen: false } },
  {
    kind: 'settings',
    id: 'auto-backup',
    payload: { enabled: true, folderId: 'a'.repeat(32), keep: 3 },
  },
  { kind: 'settings', id: 'a-setting-added-later', payload: { on: true } },
  { kind: 'settings', id: 'imported-keys', payload: ['day-one:uuid:B', 'day-one:uuid:C'] },
  {
    kind: 'prompt-custom',
    id: 'history',
    payload: [{ promptId: 'p1', date: '2026-02-01', cycle: 0 }],
  },
]

const ALEX_SETTINGS: readonly NewRecord[] = [
  { kind: 'settings', id: 'app-settings', payload: { idleLockMinutes: 1, privacyScreen: true } },
  { kind: 'settings', id: 'imported-keys', payload: ['day-one:uuid:A', 'day-one:uuid:B'] },
  {
    kind: 'prompt-custom',
    id: 'history',
    payload: [{ promptId: 'p9', date: '2026-02-03', cycle: 4 }],
  },
]

async function journalWith(name: string, passphrase: string, records: readonly NewRecord[]) {
  const created = await createJournalOrThrow(freshVault().directory, name, passphrase)
  valueOf(await created.session.records.putMany(records))
  return created.session
}

async function samsBackup() {
  const sam = await journalWith('Sam', PASSPHRASE, [...SAM_CONTENT, ...SAM_SETTINGS])
  return { sam, backup: valueOf(await sam.backups.create({ now: BACKUP_TIME })).bytes }
}

const isBookkeeping = (record: { kind: string; id: string }) =>
  record.kind === 'settings' ||
  record.kind === 'share-key' ||
  (record.kind === 'prompt-custom' && record.id === 'history')

async function bookkeepingOf(session: VaultSession): Promise<OpenedRecord[]> {
  return (await allRecords(session)).filter(isBookkeeping)
}

async function contentOf(session: VaultSession): Promise<OpenedRecord[]> {
  return (await allRecords(session)).filter((record) => !isBookkeeping(record))
}

describe("merging another journal's backup", () => {
  it("keeps this journal's settings, share key and prompt rotation, adding none of that journal's", async () => {
    const { backup } = await samsBackup()
    const alex = await journalWith('Alex', OTHER_PASSPHRASE, ALEX_SETTINGS)
    valueOf(await alex.sharing.identity())
    const before = await bookkeepingOf(alex)
    valueOf(await alex.backups.merge(backup, { passphrase: PASSPHRASE }))
    const after = await bookkeepingOf(alex)
    // The import keys are the one exception, unioned (tested below).
    expect(after.filter((record) => record.id !== 'imported-keys')).toEqual(
      before.filter((record) => record.id !== 'imported-keys'),
    )
    expect(await alex.records.get('settings', 'app-settings')).toMatchObject({
      payload: { idleLockMinutes: 1, privacyScreen: true },
    })
    expect(await alex.records.get('settings', 'auto-backup')).toBeNull()
    expect(await alex.records.get('settings', 'a-setting-added-later')).toBeNull()
  })

  it('keeps its settings even where it never saved any, using its own defaults', async () => {
    const { backup } = await samsBackup()
    const alex = await journalWith('Alex', OTHER_PASSPHRASE, [])
    valueOf(await alex.backups.merge(backup, { passphrase: PASSPHRASE }))
    expect(await alex.records.list('settings')).toEqual([
      // Only the import keys, which follow the entries they describe.
      expect.objectContaining({ id: 'imported-keys' }),
    ])
    expect(await alex.records.get('prompt-custom', 'history')).toBeNull()
  })

  it('adds the keys of entries that journal imported to this one, so importing them again adds nothing', async () => {
    const { backup } = await samsBackup()
    const alex = await journalWith('Alex', OTHER_PASSPHRASE, ALEX_SETTINGS)
    valueOf(await alex.backups.merge(backup, { passphrase: PASSPHRASE }))
    expect(await alex.records.get('settings', 'imported-keys')).toMatchObject({
      payload: ['day-one:uuid:A', 'day-one:uuid:B', 'day-one:uuid:C'],
    })
  })

  it('still brings in entries, apologies, agreements and the rest, once however often it is merged', async () => {
    const { sam, backup } = await samsBackup()
    const alex = await journalWith('Alex', OTHER_PASSPHRASE, ALEX_SETTINGS)
    const first = valueOf(await alex.backups.merge(backup, { passphrase: PASSPHRASE }))
    // Ten records of content and one new import key; the rest is Sam's bookkeeping, left out.
    expect(first).toEqual({ added: 10, updated: 1, unchanged: 4, skippedDamaged: 0 })
    const second = valueOf(await alex.backups.merge(backup, { passphrase: PASSPHRASE }))
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 15, skippedDamaged: 0 })
    expect(await contentOf(alex)).toEqual(await contentOf(sam))
    expect(await alex.records.list('entry')).toHaveLength(2)
  })
})

describe('merging a backup of this same journal', () => {
  it('never puts back older settings over the ones the journal has now', async () => {
    const { sam, backup } = await samsBackup()
    valueOf(await sam.records.put('settings', 'app-settings', { idleLockMinutes: 15 }))
    valueOf(await sam.records.put('settings', 'imported-keys', ['day-one:uuid:D']))
    valueOf(await sam.backups.merge(backup, null))
    expect(await sam.records.get('settings', 'app-settings')).toMatchObject({
      payload: { idleLockMinutes: 15 },
    })
    expect(await sam.records.get('settings', 'imported-keys')).toMatchObject({
      payload: ['day-one:uuid:D', 'day-one:uuid:B', 'day-one:uuid:C'],
    })
  })
})

describe('restoring a backup on a fresh install', () => {
  it("keeps every one of the backup's settings: it is that journal", async () => {
    const { sam, backup } = await samsBackup()
    const restored = valueOf(
      await freshVault().directory.restoreBackup(backup, { passphrase: PASSPHRASE }),
    )
    expect(await bookkeepingOf(restored.session)).toEqual(await bookkeepingOf(sam))
    expect(await restored.session.records.list('settings')).toHaveLength(4)
    expect(await allRecords(restored.session)).toEqual(await allRecords(sam))
  })
})
