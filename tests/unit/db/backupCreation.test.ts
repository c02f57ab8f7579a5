import { describe, expect, it } from 'vitest'
import type { BackupProgress } from '@renderer/db/backupTypes'
import type { Result } from '@shared/result'
import { BACKUP_TIME, allRecords, writeSample } from './backupTestKit'
import { PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

describe('backing up a journal larger than one read', () => {
  it('copies every row of every page, and a restore writes them back batch by batch', async () => {
    const { session } = await createJournalOrThrow(freshVault().directory, 'Sam')
    // More than two pages of 1,000 rows, of two kinds either side of a page boundary.
    const notes = Array.from({ length: 2_150 }, (_, index) => ({
      kind: (index % 2 === 0 ? 'entry' : 'milestone') as 'entry' | 'milestone',
      id: `r-${String(index).padStart(4, '0')}`,
      payload: { index },
    }))
    valueOf(await session.records.putMany(notes))
    const backup = valueOf(await session.backups.create({ now: BACKUP_TIME }))
    expect(backup.recordCount).toBe(2_150)

    const writing: number[] = []
    const onProgress = (step: BackupProgress) => {
      if (step.phase === 'writing') writing.push(step.done)
    }
    const restored = valueOf(
      await freshVault().directory.restoreBackup(
        backup.bytes,
        { passphrase: PASSPHRASE },
        { onProgress },
      ),
    )
    expect(await allRecords(restored.session)).toEqual(await allRecords(session))
    expect(writing).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2150])
  })
})

describe('locking while a backup is being made', () => {
  it('stops sealing at the next chunk and answers vault-locked', async () => {
    const { session } = await createJournalOrThrow(freshVault().directory, 'Sam')
    await writeSample(session)
    const phases: string[] = []
    const created = await session.backups.create({
      now: BACKUP_TIME,
      onProgress: (step) => {
        phases.push(step.phase)
        // As the idle timer would, part way through.
        if (step.phase === 'sealing') session.close()
      },
    })
    expect(codeOf(created)).toBe('vault-locked')
    expect(phases).toContain('sealing')
  })
})
