import { describe, expect, it } from 'vitest'
import { isAutoBackupDue } from '@renderer/features/backup/autoBackupDue'
import {
  defaultAutoBackupSettings,
  parseAutoBackupSettings,
} from '@renderer/features/backup/autoBackupSettings'

const folderId = '0123456789abcdef0123456789abcdef'
const on = { ...defaultAutoBackupSettings, enabled: true, folderId }

describe('parseAutoBackupSettings', () => {
  it('starts off, with no folder and the last 10 kept', () => {
    expect(parseAutoBackupSettings(undefined)).toEqual({
      enabled: false,
      folderId: null,
      keep: 10,
      lastBackupAt: null,
      lastProblem: null,
    })
  })

  it('keeps good stored values and drops odd ones field by field', () => {
    expect(
      parseAutoBackupSettings({ ...on, keep: 5, lastBackupAt: '2026-11-25T09:00:00Z' }),
    ).toEqual({ ...on, keep: 5, lastBackupAt: '2026-11-25T09:00:00Z' })
    expect(
      parseAutoBackupSettings({ enabled: 'yes', folderId: '/home/sam', keep: 0, lastProblem: 7 }),
    ).toEqual(defaultAutoBackupSettings)
  })
})

describe('isAutoBackupDue', () => {
  const morning = new Date(2026, 10, 25, 8, 0)
  const evening = new Date(2026, 10, 25, 22, 0)
  const nextMorning = new Date(2026, 10, 26, 7, 0)

  it('is due when on, with a folder, and nothing was backed up yet', () => {
    expect(isAutoBackupDue(on, morning)).toBe(true)
    expect(isAutoBackupDue({ ...on, enabled: false }, morning)).toBe(false)
    expect(isAutoBackupDue({ ...on, folderId: null }, morning)).toBe(false)
  })

  it('runs at most once per local day', () => {
    const done = { ...on, lastBackupAt: morning.toISOString() }
    expect(isAutoBackupDue(done, evening)).toBe(false)
    expect(isAutoBackupDue(done, nextMorning)).toBe(true)
  })

  it('is not blocked by a last backup dated in the future or unreadable', () => {
    expect(isAutoBackupDue({ ...on, lastBackupAt: nextMorning.toISOString() }, morning)).toBe(true)
    expect(isAutoBackupDue({ ...on, lastBackupAt: 'yesterday' }, morning)).toBe(true)
  })
})
