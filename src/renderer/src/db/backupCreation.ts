/**
 * Makes a .mendbackup of the unlocked journal: the header's key material and every record row
 * exactly as stored, read in one transaction so the copy is consistent, then sealed under the
 * backups subkey. Nothing is decrypted: a record that is damaged stays damaged, no more.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import type { BackupRow } from '../crypto/backupBody'
import { sealBackup } from '../crypto/backupFile'
import { backupFileName } from './backupFileName'
import type { BackupProgressOptions, CreatedBackup } from './backupTypes'
import { HEADER_ROW_ID, parseHeaderRow } from './headerRow'
import type { HeaderRow, RecordRow } from './journalDatabase'
import { withSubkey, type SessionParts } from './sessionParts'
import { vaultErrors } from './vaultErrors'

function asBackupRow(row: RecordRow): BackupRow {
  const envelope = row.envelope instanceof Uint8Array ? row.envelope : new Uint8Array(0)
  const formatVersion =
    Number.isInteger(row.formatVersion) && row.formatVersion >= 0 && row.formatVersion <= 255
      ? row.formatVersion
      : 0
  return { kind: row.kind, id: row.id, formatVersion, envelope }
}

async function readStoredRows(
  parts: SessionParts,
): Promise<{ header: HeaderRow | null; rows: readonly RecordRow[] } | null> {
  const { db } = parts
  try {
    return await db.transaction('r', db.header, db.records, async () => ({
      header: parseHeaderRow(await db.header.get(HEADER_ROW_ID), parts.journal.id),
      rows: await db.records.toArray(),
    }))
  } catch {
    return null
  }
}

export async function createBackup(
  parts: SessionParts,
  now: Date,
  options: BackupProgressOptions = {},
): Promise<Result<CreatedBackup>> {
  if (!parts.keyring.isOpen) return vaultErrors.locked()
  const report = options.onProgress
  report?.({ phase: 'reading', done: 0, total: 1 })
  const stored = await readStoredRows(parts)
  if (!stored?.header) return backupErrors.readFailed()
  report?.({ phase: 'reading', done: 1, total: 1 })
  if (!parts.keyring.isOpen) return vaultErrors.locked()
  const { header } = stored
  const rows = stored.rows.map(asBackupRow)
  // About a hundred updates whatever the size: enough for a smooth bar, few enough for React.
  const step = Math.max(1, Math.ceil(rows.length / 100))
  const onRows = (done: number, total: number) => {
    if (done % step === 0 || done === total) report?.({ phase: 'sealing', done, total })
  }
  const bytes = withSubkey(parts, 'backups', (backupsKey, provider) =>
    sealBackup(provider, backupsKey, {
      journalId: parts.journal.id,
      createdAtMs: now.getTime(),
      vaultHeader: {
        kdf: { opsLimit: header.kdf.opsLimit, memLimitBytes: header.kdf.memLimitBytes },
        salt: header.kdf.salt,
        passphraseSlot: header.passphraseSlot,
        recoverySlot: header.recoverySlot,
      },
      manifest: { journalName: parts.journal.name },
      rows,
      ...(report ? { onProgress: onRows } : {}),
    }),
  )
  return ok({
    bytes,
    fileName: backupFileName(parts.journal.id, now),
    recordCount: rows.length,
  })
}
