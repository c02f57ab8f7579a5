/**
 * Merges a .mendbackup into the unlocked journal without duplicates (docs/FORMAT.md §20.5).
 * Every record is decrypted with the backup's keys and, where it is missing here or
 * newer, re-encrypted under this journal's keys; all writes happen in one transaction after
 * everything was verified, so a failure leaves the journal exactly as it was. What a backup of
 * another journal may not change here (its settings, its share key) is in backupMergeRules.ts.
 */
import { ok, type Result } from '@shared/result'
import { backupErrors } from '../crypto/backupErrors'
import { parseBackup } from '../crypto/backupFormat'
import { openBackup, type OpenedBackup, type OpenedBackupRecord } from '../crypto/backupOpen'
import type { TimeSlicer } from '../crypto/timeSlicer'
import { VaultLockedError } from '../crypto/vaultKeyring'
import { decideMerge, type MergeDecision } from './backupMergeDecision'
import { mergeRuleFor } from './backupMergeRules'
import type { BackupMerge, BackupProgressOptions, BackupSecret } from './backupTypes'
import { unlockBackupVaultKey } from './backupUnlock'
import { lockAwareSlicer } from './lockAwareSlicer'
import type { SessionParts } from './sessionParts'
import { sharedItemRecordId } from './sharedItems'
import type { OpenedRecord, RecordKind } from './types'
import { vaultErrors } from './vaultErrors'

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

/** Records opened per read: small enough that each read and decrypt fits between two frames. */
const COMPARE_CHUNK = 200

/**
 * This journal's copies of the records the backup holds, opened a chunk at a time with pauses
 * between, so comparing against 10,000 entries never freezes the page.
 */
async function currentRecords(
  parts: SessionParts,
  wanted: readonly { readonly kind: RecordKind; readonly id: string }[],
  slicer: TimeSlicer,
): Promise<Map<string, OpenedRecord>> {
  const idsByKind = new Map<RecordKind, string[]>()
  for (const { kind, id } of wanted) {
    const ids = idsByKind.get(kind)
    if (ids) ids.push(id)
    else idsByKind.set(kind, [id])
  }
  const byKey = new Map<string, OpenedRecord>()
  for (const [kind, ids] of idsByKind) {
    for (let start = 0; start < ids.length; start += COMPARE_CHUNK) {
      for (const record of await parts.records.getMany(kind, ids.slice(start, start + COMPARE_CHUNK))) {
        byKey.set(`${kind}\u0000${record.id}`, record)
      }
      await slicer.checkpoint()
    }
  }
  return byKey
}

interface MergePlan {
  readonly writes: NonNullable<MergeDecision['write']>[]
  readonly counts: Record<MergeDecision['outcome'], number>
}

/** Decides every readable record against this journal's copy; reads, never writes. */
async function planMerge(
  parts: SessionParts,
  readable: readonly OpenedBackupRecord[],
  sameJournal: boolean,
  slicer: TimeSlicer,
): Promise<MergePlan> {
  const ruled = readable.map((record) => {
    const kind = record.row.kind as RecordKind
    const id = localIdOf(parts, record, sameJournal)
    return { kind, id, payload: record.payload, rule: mergeRuleFor(kind, id, sameJournal) }
  })
  const current = await currentRecords(
    parts,
    ruled.filter(({ rule }) => rule !== 'keep-own'),
    slicer,
  )
  const plan: MergePlan = { writes: [], counts: { added: 0, updated: 0, unchanged: 0 } }
  for (const { rule, ...write } of ruled) {
    const decision = decideMerge(rule, write, current.get(`${write.kind}\u0000${write.id}`))
    plan.counts[decision.outcome] += 1
    if (decision.write) plan.writes.push(decision.write)
    await slicer.checkpoint()
  }
  return plan
}

function lockedOrThrow(error: unknown): Result<never> {
  if (error instanceof VaultLockedError) return vaultErrors.locked()
  throw error
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
  // Stops the work at its next pause if the journal locks; nothing is written before the plan.
  const slicer = lockAwareSlicer(parts)
  let opened: OpenedBackup | null
  try {
    opened = await openBackup(provider, parsed.value, vaultKey, {
      slicer,
      onProgress: (done, total) => report?.({ phase: 'verifying', done, total }),
    })
  } catch (error) {
    return lockedOrThrow(error)
  } finally {
    provider.memzero(vaultKey)
  }
  if (!opened) return backupErrors.damaged()
  let plan: MergePlan
  try {
    const readable = opened.records.filter((record) => !record.damaged)
    plan = await planMerge(parts, readable, sameJournal, slicer)
  } catch (error) {
    return lockedOrThrow(error)
  }

  const { writes, counts } = plan
  report?.({ phase: 'writing', done: 0, total: writes.length })
  if (writes.length > 0) {
    const written = await parts.records.putMany(writes)
    if (!written.ok) return written
  }
  report?.({ phase: 'writing', done: writes.length, total: writes.length })
  return ok({
    ...counts,
    skippedDamaged: opened.records.filter((record) => record.damaged).length,
  })
}
