/**
 * Backup and restore of a 10,000-entry journal (issue 6): making the .mendbackup, restoring it
 * as on a fresh install (Argon2id reported on its own line), and merging it back into the same
 * journal, where every record is already present.
 */
import type { KeyDeriver } from '@renderer/crypto/keyDeriver'
import { workerKeyDeriver } from '@renderer/crypto/workerKeyDeriver'
import { createVaultDirectory } from '@renderer/db/vaultDirectory'
import type { Result } from '@shared/result'
import { median, round } from '../benchTiming'
import { watchMainThread, type MainThreadBlocks } from '../mainThreadWatch'
import type { BenchCase } from '../types'

const RECORDS = 10_000
const BATCH = 1_000
const RUNS = 3
const PASSPHRASE = 'bench lantern orchard gravel whisper'

function entryPayload(index: number) {
  return {
    title: `Evening ${index}`,
    body: `Entry ${index}. `.padEnd(1800, 'We talked about the week and what we both need. '),
    date: '2026-01-01',
    createdAt: '2026-01-01T20:00:00.000Z',
    updatedAt: '2026-01-01T20:00:00.000Z',
    tags: ['talking', 'trust'],
    mood: 3,
    trust: 2,
  }
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
}

/** The app's worker deriver, with the time it spends added up. */
function timedDeriver(): { deriver: KeyDeriver; takeMs: () => number } {
  const worker = workerKeyDeriver()
  let spent = 0
  return {
    deriver: {
      async deriveWrappingKey(passphraseBytes, salt, params) {
        const started = performance.now()
        try {
          return await worker.deriveWrappingKey(passphraseBytes, salt, params)
        } finally {
          spent += performance.now() - started
        }
      },
    },
    takeMs: () => {
      const taken = spent
      spent = 0
      return taken
    },
  }
}

/** The worst of all runs: a window that freezes once in three runs still freezes. */
function blockRows(what: string, blocks: readonly MainThreadBlocks[]) {
  const longestGapMs = Math.max(0, ...blocks.map((block) => block.longestGapMs))
  const longestTaskMs = Math.max(0, ...blocks.map((block) => block.longestTaskMs))
  return [
    {
      name: `  longest main-thread block during ${what} (heartbeat gap)`,
      value: round(longestGapMs, 0),
      unit: 'ms',
      goal: '< 50 ms',
    },
    {
      name: `  longest task during ${what} (longtask; 0 = none of 50 ms or more)`,
      value: round(longestTaskMs, 0),
      unit: 'ms',
    },
  ]
}

const backupRestore: BenchCase = {
  name: 'Backup and restore, 10,000 entries',
  async run() {
    const kdf = timedDeriver()
    const { session } = valueOf(
      await createVaultDirectory({ deriver: kdf.deriver }).create('Bench', PASSPHRASE),
    )
    const journalId = session.journal.id
    for (let start = 0; start < RECORDS; start += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, offset) => ({
        kind: 'entry' as const,
        id: `entry-${start + offset}`,
        payload: entryPayload(start + offset),
      }))
      valueOf(await session.records.putMany(batch))
    }

    const creations: number[] = []
    let backup: Uint8Array = new Uint8Array(0)
    let progressCalls = 0
    const backupBlocks: MainThreadBlocks[] = []
    for (let run = 0; run < RUNS; run += 1) {
      const watch = watchMainThread()
      const started = performance.now()
      backup = valueOf(
        await session.backups.create({ now: new Date(), onProgress: () => (progressCalls += 1) }),
      ).bytes
      creations.push(performance.now() - started)
      backupBlocks.push(await watch.stop())
    }
    session.close()

    const restores: number[] = []
    const restoreKdf: number[] = []
    let mergeMs = 0
    const restoreBlocks: MainThreadBlocks[] = []
    const mergeBlocks: MainThreadBlocks[] = []
    for (let run = 0; run < RUNS; run += 1) {
      // As on a fresh install: neither the journal nor its directory line exists.
      await deleteDatabase(`mend-journal-${journalId}`)
      await deleteDatabase('mend-directory')
      kdf.takeMs()
      const watch = watchMainThread()
      const started = performance.now()
      const restored = valueOf(
        await createVaultDirectory({ deriver: kdf.deriver }).restoreBackup(backup, {
          passphrase: PASSPHRASE,
        }),
      )
      restores.push(performance.now() - started)
      restoreBlocks.push(await watch.stop())
      restoreKdf.push(kdf.takeMs())
      if (restored.restoredRecords !== RECORDS) throw new Error('not every record was restored')
      if (run === RUNS - 1) {
        const watch = watchMainThread()
        const mergeStarted = performance.now()
        const merged = valueOf(await restored.session.backups.merge(backup, null))
        mergeMs = performance.now() - mergeStarted
        mergeBlocks.push(await watch.stop())
        if (merged.unchanged !== RECORDS) throw new Error('the merge changed records')
      }
      restored.session.close()
    }
    await deleteDatabase(`mend-journal-${journalId}`)
    await deleteDatabase('mend-directory')

    const restoreWithoutKdf = restores.map((total, index) => total - (restoreKdf[index] ?? 0))
    return [
      {
        name: `Back up ${RECORDS.toLocaleString('en')} entries (median of ${RUNS})`,
        value: round(median(creations), 0),
        unit: 'ms',
        goal: '< 10000 ms',
      },
      { name: 'Backup size', value: (backup.length / 1024 / 1024).toFixed(1), unit: 'MB' },
      { name: '  progress reports per backup', value: Math.round(progressCalls / RUNS), unit: '' },
      ...blockRows('backup', backupBlocks),
      {
        name: `Restore on a fresh install, excluding Argon2id (median of ${RUNS})`,
        value: round(median(restoreWithoutKdf), 0),
        unit: 'ms',
        goal: '< 10000 ms',
      },
      {
        name: '  Argon2id (worker, default costs)',
        value: round(median(restoreKdf), 0),
        unit: 'ms',
      },
      ...blockRows('restore', restoreBlocks),
      {
        name: 'Merge the backup into the same journal (all unchanged)',
        value: round(mergeMs, 0),
        unit: 'ms',
      },
      ...blockRows('merge', mergeBlocks),
    ]
  },
}

export default backupRestore
