/** A journal with a little of everything, for backup tests, and a way to read it all back. */
import type { OpenedRecord, RecordKind, VaultSession } from '@renderer/db/types'

export const BACKUP_TIME = new Date('2026-03-01T20:15:00Z')

export const SAMPLE_RECORDS: readonly { kind: RecordKind; id: string; payload: unknown }[] = [
  {
    kind: 'entry',
    id: '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01',
    payload: {
      title: 'Day one',
      body: 'We agreed to talk.',
      updatedAt: '2026-02-01T10:00:00.000Z',
    },
  },
  {
    kind: 'entry',
    id: '9e2d4c1b-7a55-4f3e-8b0c-6d1e2f3a4b02',
    payload: {
      title: 'Deux',
      body: 'Ça prendra du temps 💬',
      updatedAt: '2026-02-02T10:00:00.000Z',
    },
  },
  { kind: 'apology', id: 'a7b4c3d2-0000-4000-8000-000000000003', payload: { to: 'Alex' } },
  { kind: 'settings', id: 'app-settings', payload: { idleLockMinutes: 5 } },
]

export async function writeSample(session: VaultSession): Promise<void> {
  const written = await session.records.putMany(SAMPLE_RECORDS)
  if (!written.ok) throw new Error(written.error.message)
}

const KINDS: readonly RecordKind[] = [
  'entry',
  'flow-session',
  'apology',
  'agreement',
  'commitment',
  'commitment-log',
  'milestone',
  'prompt-custom',
  'settings',
  'share-key',
  'shared-item',
  'share-log',
]

/** Every record of every kind, decrypted, sorted by kind and id. */
export async function allRecords(session: VaultSession): Promise<OpenedRecord[]> {
  const records: OpenedRecord[] = []
  for (const kind of KINDS) records.push(...(await session.records.list(kind)))
  return records.sort((a, b) => `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`))
}
