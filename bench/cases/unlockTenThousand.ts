/**
 * Unlock to decrypted records with 10,000 entries in IndexedDB: the Argon2id part (in a worker,
 * at the default costs) and everything after it (slot, keys, one query, 10,000 decryptions)
 * reported separately.
 */
import { workerKeyDeriver } from '@renderer/crypto/workerKeyDeriver'
import { createVaultDirectory } from '@renderer/db/vaultDirectory'
import type { KeyDeriver } from '@renderer/crypto/keyDeriver'
import { median, round } from '../benchTiming'
import type { BenchCase } from '../types'

const RECORDS = 10_000
const BATCH = 1_000
const RUNS = 3
const PASSPHRASE = 'bench lantern orchard gravel whisper'

function entryPayload(index: number) {
  const body = `Entry ${index}. `.padEnd(1800, 'We talked about the week and what we both need. ')
  return {
    id: `entry-${index}`,
    title: `Evening ${index}`,
    body,
    date: '2026-01-01',
    tags: ['talking', 'trust'],
    mood: 3,
    trust: 2,
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
}

interface UnlockRun {
  readonly kdfMs: number
  readonly listMs: number
  readonly totalMs: number
}

/** A fresh directory, as after an app start: unlock, then list every entry. */
async function timeUnlock(journalId: string): Promise<UnlockRun> {
  let kdfMs = 0
  const worker = workerKeyDeriver()
  const timedDeriver: KeyDeriver = {
    async deriveWrappingKey(passphraseBytes, salt, params) {
      const started = performance.now()
      try {
        return await worker.deriveWrappingKey(passphraseBytes, salt, params)
      } finally {
        kdfMs += performance.now() - started
      }
    },
  }
  const directory = createVaultDirectory({ deriver: timedDeriver })
  const started = performance.now()
  const unlocked = await directory.unlock(journalId, PASSPHRASE)
  if (!unlocked.ok) throw new Error(unlocked.error.message)
  const listStarted = performance.now()
  const records = await unlocked.value.records.list('entry')
  const finished = performance.now()
  unlocked.value.close()
  const readable = records.filter((record) => record.status === 'ok').length
  if (readable !== RECORDS) throw new Error(`only ${readable} of ${RECORDS} records opened`)
  return { kdfMs, listMs: finished - listStarted, totalMs: finished - started }
}

const unlockTenThousand: BenchCase = {
  name: 'Unlock with 10,000 records',
  async run() {
    const created = await createVaultDirectory().create('Bench', PASSPHRASE)
    if (!created.ok) throw new Error(created.error.message)
    const { session } = created.value
    const journalId = session.journal.id
    for (let start = 0; start < RECORDS; start += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, offset) => ({
        kind: 'entry' as const,
        id: `entry-${start + offset}`,
        payload: entryPayload(start + offset),
      }))
      const written = await session.records.putMany(batch)
      if (!written.ok) throw new Error(written.error.message)
    }
    session.close()

    const runs: UnlockRun[] = []
    for (let run = 0; run < RUNS; run += 1) runs.push(await timeUnlock(journalId))
    await deleteDatabase(`mend-journal-${journalId}`)
    await deleteDatabase('mend-directory')

    const middle = (pick: (run: UnlockRun) => number) => round(median(runs.map(pick)), 0)
    return [
      {
        name: `Unlock: Argon2id (worker, default costs), median of ${RUNS}`,
        value: middle((run) => run.kdfMs),
        unit: 'ms',
      },
      {
        name: 'Unlock: after the KDF, to 10,000 decrypted entries',
        value: middle((run) => run.totalMs - run.kdfMs),
        unit: 'ms',
        goal: '< 300 ms',
      },
      {
        name: '  of which list(): 10,000 decryptions (rows read during the KDF)',
        value: middle((run) => run.listMs),
        unit: 'ms',
      },
      { name: 'Unlock: total', value: middle((run) => run.totalMs), unit: 'ms' },
    ]
  },
}

export default unlockTenThousand
