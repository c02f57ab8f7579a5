/**
 * The journal after unlock with 10,000 entries of ~300 words (issue 4): unlock → timeline on
 * screen, saving an edited entry, and the memory the unlocked journal holds.
 */
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { workerKeyDeriver } from '@renderer/crypto/workerKeyDeriver'
import type { KeyDeriver } from '@renderer/crypto/keyDeriver'
import { EntryRepository } from '@renderer/db/entryRepository'
import { createVaultDirectory } from '@renderer/db/vaultDirectory'
import type { Entry } from '@renderer/domain/journal/entry'
import { JournalStore } from '@renderer/features/journal/journalStore'
import { Timeline } from '@renderer/features/journal/Timeline'
import { newestFirst } from '@renderer/domain/timeline/groupByDay'
import { newestIds } from '@renderer/domain/timeline/newestIds'
import '@renderer/ui/styles/tokens.css'
import '@renderer/ui/styles/journal.css'
import { median, round } from '../benchTiming'
import { watchMainThread } from '../mainThreadWatch'
import type { BenchCase, BenchRow } from '../types'
import { generateJournalCorpus } from './journalSearch'

const ENTRIES = 10_000
const BATCH = 500
const SAVES = 50
const PASSPHRASE = 'bench lantern orchard gravel whisper'

type Gc = { gc?: () => void }
type MemoryInfo = { memory?: { usedJSHeapSize: number } }

function seededEntries(): Entry[] {
  return generateJournalCorpus(ENTRIES, 7).map((searchable, index) => ({
    ...searchable,
    kind: 'free',
    createdAt: searchable.updatedAt,
    theme: null,
    mood: ((index % 5) + 1) as Entry['mood'],
    trust: ((index % 4) + 1) as Entry['trust'],
    promptId: null,
    flow: null,
    privateNote: '',
  }))
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

async function heapMb(): Promise<number | null> {
  const memory = (performance as unknown as MemoryInfo).memory
  if (!memory) return null
  ;(window as unknown as Gc).gc?.()
  await nextFrame()
  return round(memory.usedJSHeapSize / (1024 * 1024), 0)
}

const journalUnlock: BenchCase = {
  name: 'Journal with 10,000 entries',
  async run() {
    const created = await createVaultDirectory().create('Bench journal', PASSPHRASE)
    if (!created.ok) throw new Error(created.error.message)
    const entries = seededEntries()
    const seeding = new EntryRepository(created.value.session.records)
    for (let start = 0; start < entries.length; start += BATCH) {
      const written = await seeding.saveMany(entries.slice(start, start + BATCH))
      if (!written.ok) throw new Error(written.error.message)
    }
    // What the app stores after any session: which entries top the timeline (newestIds.ts).
    await seeding.saveNewestIds(newestIds([...entries].sort(newestFirst)))
    const journalId = created.value.session.journal.id
    created.value.session.close()

    let kdfMs = 0
    const worker = workerKeyDeriver()
    const timed: KeyDeriver = {
      async deriveWrappingKey(...args) {
        const started = performance.now()
        try {
          return await worker.deriveWrappingKey(...args)
        } finally {
          kdfMs += performance.now() - started
        }
      },
    }
    const started = performance.now()
    const unlocked = await createVaultDirectory({ deriver: timed }).unlock(journalId, PASSPHRASE)
    if (!unlocked.ok) throw new Error(unlocked.error.message)
    const unlockedAt = performance.now()
    const store = new JournalStore(new EntryRepository(unlocked.value.records))
    const host = document.createElement('div')
    host.style.height = '800px'
    document.body.append(host)
    const root = createRoot(host)
    const showTimeline = () =>
      root.render(createElement(Timeline, { entries: store.getSnapshot().entries, today: '2026-07-01', focusDate: null }))
    // As the app does: the timeline renders whenever the store publishes, first with the newest
    // entries the hint names, then with all of them.
    let newestAt = 0
    let loadedAt = 0
    let newestShown = 0
    const stop = store.subscribe(() => {
      const { status, entries } = store.getSnapshot()
      if (status === 'loading' && newestAt === 0) {
        newestAt = performance.now()
        newestShown = entries.length
        showTimeline()
      } else if (status !== 'loading' && loadedAt === 0) {
        loadedAt = performance.now()
        showTimeline()
      }
    })
    const loading = store.load()
    // The store waits for a paint after showing the newest entries; so does this.
    await new Promise<void>((resolve) => {
      const poll = () => (newestAt > 0 ? resolve() : setTimeout(poll, 0))
      poll()
    })
    // Visible means rows in the page and a frame drawn with them, however many frames it took.
    let framesToRows = 0
    while (host.querySelectorAll('.timeline__entry').length === 0 && framesToRows < 600) {
      await nextFrame()
      framesToRows++
    }
    const visibleMs = performance.now() - started
    const rowsOnScreen = host.querySelectorAll('.timeline__entry').length
    const watch = watchMainThread()
    await new Promise<void>((resolve) => {
      const poll = () => (loadedAt > 0 ? resolve() : setTimeout(poll, 0))
      poll()
    })
    await nextFrame()
    await nextFrame()
    const allShownMs = performance.now() - started
    const whileLoading = await watch.stop()
    stop()
    await loading
    const indexedMs = performance.now() - started

    const editable = store.getSnapshot().entries[0]
    if (!editable) throw new Error('no entries loaded')
    const saveTimes: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const edited = { ...editable, body: `${editable.body} edit ${i}`, updatedAt: new Date().toISOString() }
      const saveStarted = performance.now()
      const saved = await store.save(edited)
      saveTimes.push(performance.now() - saveStarted)
      if (!saved.ok) throw new Error(saved.error.message)
    }
    const heapUnlocked = await heapMb()
    const searchMs: number[] = []
    for (const query of ['talk', 'apolog', 'trust', 'listen', 'walk']) {
      const searchStarted = performance.now()
      store.search(query)
      searchMs.push(performance.now() - searchStarted)
    }

    root.unmount()
    host.remove()
    store.dispose()
    unlocked.value.close()
    const rows: BenchRow[] = [
      { name: 'Unlock → timeline visible: Argon2id', value: round(kdfMs, 0), unit: 'ms' },
      { name: `Unlock → timeline visible (newest ${newestShown} opened first): after the KDF`, value: round(visibleMs - kdfMs, 0), unit: 'ms', goal: '< 300 ms' },
      {
        name: '  of which: open the vault / open the newest entries / render and paint',
        value: `${round(unlockedAt - started - kdfMs, 0)} / ${round(newestAt - unlockedAt, 0)} / ${round(started + visibleMs - newestAt, 0)}`,
        unit: 'ms',
      },
      { name: `  timeline rows rendered (virtualised), frames waited for them`, value: `${rowsOnScreen}, ${framesToRows}`, unit: '' },
      { name: 'Unlock → all 10,000 entries on the timeline: after the KDF', value: round(allShownMs - kdfMs, 0), unit: 'ms' },
      { name: '  of which: from the newest shown to every entry decrypted and parsed', value: round(loadedAt - newestAt, 0), unit: 'ms' },
      {
        name: '  longest block meanwhile: heartbeat gap / longtask (0 = none of 50 ms or more)',
        value: `${round(whileLoading.longestGapMs, 0)} / ${round(whileLoading.longestTaskMs, 0)}`,
        unit: 'ms',
      },
      { name: 'Unlock → search ready (index built in slices)', value: round(indexedMs, 0), unit: 'ms' },
      { name: `Save an edited entry (encrypt + write + index), median of ${SAVES}`, value: round(median(saveTimes), 2), unit: 'ms', goal: '< 10 ms' },
      { name: 'Search after unlock, median of 5 queries', value: round(median(searchMs), 1), unit: 'ms', goal: '< 30 ms' },
    ]
    if (heapUnlocked !== null) {
      rows.push({ name: 'JS heap with 10,000 entries unlocked and indexed (after gc)', value: heapUnlocked, unit: 'MB', goal: '< 300 MB' })
    }
    return rows
  },
}

export default journalUnlock
