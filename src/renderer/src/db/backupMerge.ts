/**
 * Merges a .mendbackup into the unlocked journal without duplicates (docs/FORMAT.md §20.5).
 * Every record is decrypted with the backup's keys and, where it is missing here or
 * newer, re-encrypted under this journal's keys; all writes happen in one transaction after
 * everything was verified, so a failure leaves the journal exactly as it was.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import { parseBackup } from '../crypto/backupFormat'
import { openBackup, type OpenedBackupRecord } from '../crypto/backupOpen'
import { VaultLockedError } from '../crypto/vaultKeyring'
import type { BackupMerge, BackupProgressOptions, BackupSecret } from './backupTypes'
import { unlockBackupVaultKey } from './backupUnlock'
import type { SessionParts } from './sessionParts'
import { sharedItemRecordId } from './sharedItems'
import type { OpenedRecord, RecordKind } from './types'
import { vaultErrors } from './vaultErrors'

interface Decision {
  readonly write: { kind: RecordKind; id: string; payload: unknown } | null
  readonly outcome: 'added' | 'updated' | 'unchanged'
}

/** An updatedAt instant in ms, or null when the payload has none (settings, for example). */
function updatedAtOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null
  const value = (payload as { updatedAt?: unknown }).updatedAt
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isFinite(time) ? time : null
}

function decide(
  kind: RecordKind,
  id: string,
  payload: unknown,
  current: OpenedRecord | undefined,
): Decision {
  const write = { kind, id, payload }
  if (!current) return { write, outcome: 'added' }
  // A readable copy from the backup is better than one that can no longer be opened.
  if (current.status === 'damaged') return { write, outcome: 'updated' }
  if (JSON.stringify(current.payload) === JSON.stringify(payload)) {
    return { write: null, outcome: 'unchanged' }
  }
  const backupTime = updatedAtOf(payload)
  const currentTime = updatedAtOf(current.payload)
  const backupIsNewer = backupTime !== null && currentTime !== null && backupTime > currentTime
  return backupIsNewer ? { write, outcome: 'updated' } : { write: null, outcome: 'unchanged' }
}

/**
 * A shared item's id is keyed by its journal; one from another journal gets the id this journal
 * would give it, so importing the same bundle here later still finds it.
 */
function localIdOf(parts: SessionParts, record: OpenedBackupRecord, sameJournal: boolean): string {
  if (sameJournal || record.row.kind !== 'shared-item') return record.row.id
  const { bundleId, itemIndex } = (record.payload ?? {}) as {
    bundleId?: unknown
    itemIndex?: unknown
  }
  if (typeof bundleId !== 'string' || !/^[0-9a-f]{32}$/.test(bundleId)) return record.row.id
  if (typeof itemIndex !== 'number' || !Number.isSafeInteger(itemIndex) || itemIndex < 0) {
    return record.row.id
  }
  return sharedItemRecordId(parts, bundleId, itemIndex)
}

async function currentRecords(
  parts: SessionParts,
  kinds: ReadonlySet<string>,
): Promise<Map<string, OpenedRecord>> {
  const byKey = new Map<string, OpenedRecord>()
  for (const kind of kinds) {
    for (const record of await parts.records.list(kind as RecordKind)) {
      byKey.set(`${kind}\u0000${record.id}`, record)
    }
  }
  return byKey
}

export async function mergeBackup(
  parts: SessionParts,
  backupBytes: Uint8Array,
  secret: BackupSecret | null,
  options: BackupProgressOptions = {},
): Promise<Result<BackupMerge>> {
  if (!parts.keyring.isOpen) return vaultErrors.locked()
  const report = options.onProgress
  const parsed = parseBackup(backupBytes)
  if (!parsed.ok) return parsed
  const { provider } = parts.context
  const sameJournal = parsed.value.header.journalId === parts.journal.id
  let vaultKey: Uint8Array
  if (sameJournal) {
    // The vault key never changes, so this journal's own key opens its backups.
    vaultKey = parts.keyring.vaultKey().slice()
  } else {
    if (!secret) return backupErrors.needsSecret()
    report?.({ phase: 'unlocking', done: 0, total: 1 })
    const unlocked = await unlockBackupVaultKey(parts.context, parsed.value.header, secret)
    if (!unlocked.ok) return unlocked
    vaultKey = unlocked.value
    report?.({ phase: 'unlocking', done: 1, total: 1 })
  }
  const opened = openBackup(provider, parsed.value, vaultKey, (done, total) =>
    report?.({ phase: 'verifying', done, total }),
  )
  provider.memzero(vaultKey)
  if (!opened) return backupErrors.damaged()
  if (!parts.keyring.isOpen) return vaultErrors.locked()

  const readable = opened.records.filter(
    (record) => !record.damaged && (sameJournal || record.row.kind !== 'share-key'),
  )
  const writes: { kind: RecordKind; id: string; payload: unknown }[] = []
  const counts = { added: 0, updated: 0, unchanged: 0 }
  try {
    const current = await currentRecords(parts, new Set(readable.map((record) => record.row.kind)))
    for (const record of readable) {
      const kind = record.row.kind as RecordKind
      const id = localIdOf(parts, record, sameJournal)
      const decision = decide(kind, id, record.payload, current.get(`${kind}\u0000${id}`))
      counts[decision.outcome] += 1
      if (decision.write) writes.push(decision.write)
    }
  } catch (error) {
    // Locked while comparing: nothing has been written yet.
    if (error instanceof VaultLockedError) return vaultErrors.locked()
    throw error
  }
  report?.({ phase: 'writing', done: 0, total: writes.length })
  if (writes.length > 0) {
    const written = await parts.records.putMany(writes)
    if (!written.ok) return written
  }
  report?.({ phase: 'writing', done: writes.length, total: writes.length })
  // This journal's own share key and saved partner are never replaced by another journal's.
  const skippedShareKeys = opened.records.length - readable.length - countDamaged(opened.records)
  return ok({
    ...counts,
    unchanged: counts.unchanged + skippedShareKeys,
    skippedDamaged: countDamaged(opened.records),
  })
}

function countDamaged(records: readonly OpenedBackupRecord[]): number {
  return records.filter((record) => record.damaged).length
}
