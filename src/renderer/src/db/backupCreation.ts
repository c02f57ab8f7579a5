/**
 * Makes a .mendbackup of the unlocked journal: the header's key material and every record row
 * exactly as stored, read in one transaction so the copy is consistent, then sealed under the
 * backups subkey. Nothing is decrypted: a record that is damaged stays damaged, no more.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import type { BackupRow } from '../crypto/backupBody'
import { sealBackup } from '../crypto/backupFile'
import { deriveSubkey } from '../crypto/subkeys'
import { VaultLockedError } from '../crypto/vaultKeyring'
import { backupFileName } from './backupFileName'
import type { BackupProgressOptions, CreatedBackup } from './backupTypes'
import { HEADER_ROW_ID, parseHeaderRow } from './headerRow'
import type { HeaderRow, RecordRow } from './journalDatabase'
import { lockAwareSlicer } from './lockAwareSlicer'
import type { SessionParts } from './sessionParts'
import { vaultErrors } from './vaultErrors'

function asBackupRow(row: RecordRow): BackupRow {
  const envelope = row.envelope instanceof Uint8Array ? row.envelope : new Uint8Array(0)
  const formatVersion =
    Number.isInteger(row.formatVersion) && row.formatVersion >= 0 && row.formatVersion <= 255
      ? row.formatVersion
      : 0
  return { kind: row.kind, id: row.id, formatVersion, envelope }
}

/**
 * 1,000 rows, about 2 MB of entries: the page turns each page of results into objects in one
 * go, which for all 10,000 rows of a large journal held it for over 100 ms.
 */
const READ_PAGE_ROWS = 1_000

/** Every record row in primary-key order, a page at a time (inside the caller's transaction). */
async function readRowsInPages(db: SessionParts['db']): Promise<RecordRow[]> {
  const rows: RecordRow[] = []
  let page = await db.records.limit(READ_PAGE_ROWS).toArray()
  rows.push(...page)
  while (page.length === READ_PAGE_ROWS) {
    const last = page[page.length - 1] as RecordRow
    page = await db.records
      .where('[kind+id]')
      .above([last.kind, last.id])
      .limit(READ_PAGE_ROWS)
      .toArray()
    rows.push(...page)
  }
  return rows
}

async function readStoredRows(
  parts: SessionParts,
): Promise<{ header: HeaderRow | null; rows: readonly RecordRow[] } | null> {
  const { db } = parts
  try {
    // One read transaction, so the pages together are one consistent copy.
    return await db.transaction('r', db.header, db.records, async () => ({
      header: parseHeaderRow(await db.header.get(HEADER_ROW_ID), parts.journal.id),
      rows: await readRowsInPages(db),
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
  const { provider } = parts.context
  // Not withSubkey: sealing pauses for the page, and the key must outlive those pauses.
  const backupsKey = deriveSubkey(provider, parts.keyring.vaultKey(), 'backups')
  let bytes: Uint8Array
  try {
    bytes = await sealBackup(provider, backupsKey, {
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
      slicer: lockAwareSlicer(parts),
      ...(report ? { onProgress: onRows } : {}),
    })
  } catch (error) {
    if (error instanceof VaultLockedError) return vaultErrors.locked()
    throw error
  } finally {
    provider.memzero(backupsKey)
  }
  return ok({
    bytes,
    fileName: backupFileName(parts.journal.id, now),
    recordCount: rows.length,
  })
}
