/**
 * Restores a .mendbackup as a journal on a computer that does not have it (a fresh install, or
 * after the journal was removed). Order, so that a failure anywhere changes nothing visible:
 * unlock the backup's key slot, verify the stream and every record, write the journal database in
 * one transaction, and only then list it in the directory (as journal creation does).
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import { parseBackup, type ParsedBackup } from '../crypto/backupFormat'
import { openBackup, type OpenedBackup } from '../crypto/backupOpen'
import { VaultKeyring } from '../crypto/vaultKeyring'
import type { BackupProgressOptions, BackupSecret, RestoredJournal } from './backupTypes'
import { unlockBackupVaultKey } from './backupUnlock'
import { HEADER_FORMAT_VERSION, HEADER_ROW_ID, KDF_ALGORITHM, parseHeaderRow } from './headerRow'
import { JournalDatabase, type HeaderRow, type RecordRow } from './journalDatabase'
import { MAX_JOURNAL_NAME_LENGTH } from './journalCreation'
import { isQuotaExceeded } from './storageErrors'
import { UnlockedVaultSession } from './unlockedVaultSession'
import type { VaultContext } from './vaultContext'

const FALLBACK_NAME = 'Restored journal'
/**
 * 250 rows, about 0.5 MB of entries: Chromium spends about 0.1 ms on each row it is handed
 * (cloning it and passing it to the database process), so one bulkAdd of 10,000 rows held the
 * page for over a second, while a batch of 250 holds it for about 25 ms.
 */
const WRITE_BATCH_ROWS = 250

function headerRowOf(parsed: ParsedBackup): HeaderRow | null {
  const { header } = parsed
  const row: HeaderRow = {
    id: HEADER_ROW_ID,
    formatVersion: HEADER_FORMAT_VERSION,
    journalId: header.journalId,
    kdf: {
      algorithm: KDF_ALGORITHM,
      opsLimit: header.kdf.opsLimit,
      memLimitBytes: header.kdf.memLimitBytes,
      salt: header.salt.slice(),
    },
    passphraseSlot: header.passphraseSlot.slice(),
    recoverySlot: header.recoverySlot.slice(),
  }
  return parseHeaderRow(row, header.journalId)
}

function journalNameOf(opened: OpenedBackup): string {
  const name = opened.manifest.journalName.trim()
  return name.length > 0 && name.length <= MAX_JOURNAL_NAME_LENGTH ? name : FALLBACK_NAME
}

/** Copies, because a view would make IndexedDB store the whole decrypted body for every row. */
function recordRowsOf(opened: OpenedBackup): RecordRow[] {
  return opened.records.map(({ row }) => ({
    kind: row.kind,
    id: row.id,
    formatVersion: row.formatVersion,
    envelope: row.envelope.slice(),
  }))
}

async function writeJournal(
  context: VaultContext,
  header: HeaderRow,
  rows: readonly RecordRow[],
  name: string,
  onWritten: (done: number) => void,
): Promise<Result<JournalDatabase>> {
  const db = new JournalDatabase(header.journalId, context.source)
  try {
    // An unlisted database under this id can only be left over from an interrupted restore.
    await db.transaction('rw', db.header, db.records, async () => {
      await db.header.clear()
      await db.records.clear()
      await db.header.add(header)
      // Still one transaction, but the page runs between batches while IndexedDB stores each.
      for (let start = 0; start < rows.length; start += WRITE_BATCH_ROWS) {
        const batch = rows.slice(start, start + WRITE_BATCH_ROWS)
        await db.records.bulkAdd(batch)
        onWritten(start + batch.length)
      }
    })
    await context.directory.journals.add({ id: header.journalId, name })
    return ok(db)
  } catch (error) {
    // Nothing was listed, so removing the half-made database leaves things exactly as before.
    await db.delete().catch(() => undefined)
    return isQuotaExceeded(error) ? backupErrors.storageFull() : backupErrors.writeFailed()
  }
}

export async function restoreBackup(
  context: VaultContext,
  backupBytes: Uint8Array,
  secret: BackupSecret,
  options: BackupProgressOptions = {},
): Promise<Result<RestoredJournal>> {
  const report = options.onProgress
  const parsed = parseBackup(backupBytes)
  if (!parsed.ok) return parsed
  const header = headerRowOf(parsed.value)
  if (!header) return backupErrors.damaged()
  try {
    if (await context.directory.journals.get(header.journalId)) return backupErrors.journalExists()
  } catch {
    return backupErrors.writeFailed()
  }

  report?.({ phase: 'unlocking', done: 0, total: 1 })
  const vaultKey = await unlockBackupVaultKey(context, parsed.value.header, secret)
  if (!vaultKey.ok) return vaultKey
  report?.({ phase: 'unlocking', done: 1, total: 1 })
  const { provider } = context
  // Pauses for the page between chunks and records; nothing else can touch the key meanwhile.
  const opened = await openBackup(provider, parsed.value, vaultKey.value, {
    onProgress: (done, total) => report?.({ phase: 'verifying', done, total }),
  })
  if (!opened) {
    provider.memzero(vaultKey.value)
    return backupErrors.damaged()
  }

  const rows = recordRowsOf(opened)
  const name = journalNameOf(opened)
  report?.({ phase: 'writing', done: 0, total: rows.length })
  const written = await writeJournal(context, header, rows, name, (done) =>
    report?.({ phase: 'writing', done, total: rows.length }),
  )
  if (!written.ok) {
    provider.memzero(vaultKey.value)
    return written
  }
  const keyring = new VaultKeyring(provider, vaultKey.value)
  const journal = { id: header.journalId, name }
  const mustChangePassphrase = 'recoveryWords' in secret
  const session = new UnlockedVaultSession(
    context,
    written.value,
    journal,
    keyring,
    mustChangePassphrase,
  )
  return ok({
    session,
    restoredRecords: rows.length,
    damagedRecords: opened.records.filter((record) => record.damaged).length,
  })
}
