/**
 * What merging one readable backup record does to the open journal's record of the same kind
 * and id, under the rule backupMergeRules.ts chose for it.
 */
import type { MergeRule } from './backupMergeRules'
import type { OpenedRecord, RecordKind } from './types'

export interface MergeDecision {
  readonly write: { kind: RecordKind; id: string; payload: unknown } | null
  readonly outcome: 'added' | 'updated' | 'unchanged'
}

const UNCHANGED: MergeDecision = { write: null, outcome: 'unchanged' }

/** An updatedAt instant in ms, or null when the payload has none (settings, for example). */
function updatedAtOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null
  const value = (payload as { updatedAt?: unknown }).updatedAt
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isFinite(time) ? time : null
}

function stringsOf(payload: unknown): readonly string[] {
  return Array.isArray(payload) ? payload.filter((item) => typeof item === 'string') : []
}

function copyDecision(
  write: NonNullable<MergeDecision['write']>,
  current: OpenedRecord | undefined,
): MergeDecision {
  if (!current) return { write, outcome: 'added' }
  // A readable copy from the backup is better than one that can no longer be opened.
  if (current.status === 'damaged') return { write, outcome: 'updated' }
  if (JSON.stringify(current.payload) === JSON.stringify(write.payload)) return UNCHANGED
  const backupTime = updatedAtOf(write.payload)
  const currentTime = updatedAtOf(current.payload)
  const backupIsNewer = backupTime !== null && currentTime !== null && backupTime > currentTime
  return backupIsNewer ? { write, outcome: 'updated' } : UNCHANGED
}

/** This journal's strings in their order, then the backup's it lacks. */
function unionDecision(
  write: NonNullable<MergeDecision['write']>,
  current: OpenedRecord | undefined,
): MergeDecision {
  const own = new Set(current?.status === 'ok' ? stringsOf(current.payload) : [])
  const union = [...new Set([...own, ...stringsOf(write.payload)])]
  if (union.length === own.size && (current?.status === 'ok' || union.length === 0)) {
    return UNCHANGED
  }
  return { write: { ...write, payload: union }, outcome: current ? 'updated' : 'added' }
}

export function decideMerge(
  rule: MergeRule,
  write: NonNullable<MergeDecision['write']>,
  current: OpenedRecord | undefined,
): MergeDecision {
  switch (rule) {
    case 'keep-own':
      return UNCHANGED
    case 'union':
      return unionDecision(write, current)
    case 'copy':
      return copyDecision(write, current)
  }
}
