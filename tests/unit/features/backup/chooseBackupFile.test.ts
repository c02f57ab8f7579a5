import { describe, expect, it } from 'vitest'
import { fail, ok, type Result } from '@shared/result'
import type { OpenFileRequest } from '@shared/ipc'
import { MAX_BACKUP_BYTES } from '@renderer/crypto/backupFormat'
import { chooseBackupFile } from '@renderer/features/backup/chooseBackupFile'
import { BACKUP_TIME, writeSample } from '../../db/backupTestKit'
import { createJournalOrThrow, freshVault } from '../../db/vaultTestKit'

/** What the person picks: nothing, a file's bytes, or a refusal from the platform. */
function platformOpening(answer: 'cancel' | Uint8Array | Result<never>) {
  const requests: OpenFileRequest[] = []
  return {
    requests,
    platform: {
      async openFiles(request: OpenFileRequest) {
        requests.push(request)
        if (answer === 'cancel') return ok(null)
        if (answer instanceof Uint8Array) return ok([{ fileName: 'a.mendbackup', bytes: answer }])
        return answer
      },
    },
  }
}

describe('chooseBackupFile', () => {
  it('asks for one .mendbackup no larger than a backup can be, and reads its header', async () => {
    const { directory } = freshVault()
    const { session } = await createJournalOrThrow(directory)
    await writeSample(session)
    const made = await session.backups.create({ now: BACKUP_TIME })
    if (!made.ok) throw new Error(made.error.message)
    const { platform, requests } = platformOpening(made.value.bytes)
    const chosen = await chooseBackupFile(platform)
    expect(requests).toEqual([
      {
        filters: [{ name: 'Mend backup', extensions: ['mendbackup'] }],
        multiple: false,
        maxBytes: MAX_BACKUP_BYTES,
      },
    ])
    expect(chosen.ok && chosen.value?.summary).toEqual({
      journalId: session.journal.id,
      createdAt: BACKUP_TIME.toISOString(),
      recordCount: 4,
    })
  })

  it('answers null when the person cancels', async () => {
    expect(await chooseBackupFile(platformOpening('cancel').platform)).toEqual(ok(null))
  })

  it('passes on the size refusal and names a file that is not a backup', async () => {
    const tooLarge = fail('too-large', 'This file is larger than Mend can open (limit 512 MB).')
    expect(await chooseBackupFile(platformOpening(tooLarge).platform)).toEqual(tooLarge)
    const photo = new TextEncoder().encode('JFIF a holiday photo, renamed')
    const refused = await chooseBackupFile(platformOpening(photo).platform)
    expect(refused.ok ? '' : refused.error.code).toBe('backup-not-mend')
  })
})
