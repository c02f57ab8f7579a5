import { describe, expect, it } from 'vitest'
import type { VaultSession } from '@renderer/db/types'
import { PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

async function unlockedWithTwoEntries(): Promise<VaultSession> {
  const vault = freshVault()
  const { session } = await createJournalOrThrow(vault.directory)
  await session.records.put('entry', 'e1', { title: 'One' })
  await session.records.put('entry', 'e2', { title: 'Two' })
  await session.records.put('apology', 'a1', { title: 'Sorry' })
  session.close()
  const unlocked = await vault.reopen().unlock(session.journal.id, PASSPHRASE)
  if (!unlocked.ok) throw new Error(unlocked.error.message)
  return unlocked.value
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id).sort()

describe('records read early during unlock', () => {
  it('serve the first list of each kind, and later lists read afresh', async () => {
    const session = await unlockedWithTwoEntries()
    expect(ids(await session.records.list('entry'))).toEqual(['e1', 'e2'])
    expect(ids(await session.records.list('entry'))).toEqual(['e1', 'e2'])
    expect(ids(await session.records.list('apology'))).toEqual(['a1'])
    expect(await session.records.list('agreement')).toEqual([])
  })

  it('give a few chosen records without using up their kind, and later reads agree', async () => {
    const session = await unlockedWithTwoEntries()
    const early = await session.records.getMany<{ title: string }>('entry', ['e2', 'gone', 'e1'])
    expect(early.map((record) => (record.status === 'ok' ? record.payload.title : 'damaged'))).toEqual([
      'Two',
      'One',
    ])
    expect(ids(await session.records.list('entry'))).toEqual(['e1', 'e2'])
    expect((await session.records.getMany('entry', ['e1'])).map((record) => record.id)).toEqual(['e1'])
  })

  it('are dropped for a kind at its first write, so a list never misses what was just saved or deleted', async () => {
    const session = await unlockedWithTwoEntries()
    await session.records.put('entry', 'e3', { title: 'Three' })
    expect(ids(await session.records.list('entry'))).toEqual(['e1', 'e2', 'e3'])
    expect(ids(await session.records.getMany('entry', ['e3']))).toEqual(['e3'])
    await session.records.delete('apology', 'a1')
    expect(await session.records.list('apology')).toEqual([])
  })

})
