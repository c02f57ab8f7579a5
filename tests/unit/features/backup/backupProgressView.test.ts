import { describe, expect, it } from 'vitest'
import type { BackupProgress } from '@renderer/db/backupTypes'
import { backupProgressView } from '@renderer/features/backup/backupProgressView'

const at = (phase: BackupProgress['phase'], done: number, total: number): BackupProgress => ({
  phase,
  done,
  total,
})

describe('backupProgressView', () => {
  it('only moves forward across the phases of a restore', () => {
    const steps = [
      at('unlocking', 0, 1),
      at('unlocking', 1, 1),
      at('verifying', 0, 400),
      at('verifying', 200, 400),
      at('verifying', 400, 400),
      at('writing', 0, 400),
      at('writing', 400, 400),
    ].map((step) => backupProgressView('restore', step).percent)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(steps[0]).toBe(0)
    expect(steps.at(-1)).toBe(100)
  })

  it('ends a new backup at 100 and names each phase in plain words', () => {
    expect(backupProgressView('create', at('reading', 0, 1))).toEqual({
      percent: 0,
      label: 'Reading your journal',
      valueText: 'Reading your journal',
    })
    expect(backupProgressView('create', at('sealing', 5, 5)).percent).toBe(100)
    expect(backupProgressView('merge', at('writing', 1, 3)).label).toBe('Adding to your journal')
  })

  it('tells a screen reader how many items are done, but not "1 of 1"', () => {
    expect(backupProgressView('merge', at('verifying', 120, 400)).valueText).toBe(
      'Checking every item in the backup, 120 of 400',
    )
    expect(backupProgressView('merge', at('unlocking', 1, 1)).valueText).toBe(
      'Checking the passphrase',
    )
  })

  it('stays within 0–100 whatever the counts say', () => {
    expect(backupProgressView('restore', at('writing', 9, 3)).percent).toBe(100)
    expect(backupProgressView('restore', at('verifying', -2, 3)).percent).toBe(30)
    expect(backupProgressView('restore', at('verifying', 0, 0)).percent).toBe(30)
  })
})
