import { fail, ok, type Result } from '@shared/result'
import { timeSlicer } from '../../crypto/timeSlicer'
import type { Entry } from '../../domain/journal/entry'
import { createJournalSearchIndex, type JournalSearchIndex } from '../../domain/search/journalSearchIndex'
import type { SearchHit } from '../../domain/search/types'
import type { EntryRepository } from '../../db/entryRepository'
import { newestFirst } from '../../domain/timeline/groupByDay'
import { withEntry, withoutEntry } from '../../domain/timeline/newestFirstList'
import { newestIds, sameIds } from '../../domain/timeline/newestIds'
import { afterNextPaint } from './afterNextPaint'

export interface JournalSnapshot {
  readonly status: 'loading' | 'ready' | 'failed'
  /**
   * Newest first: by date, then by when it was written. While loading, either none or the few
   * that were at the top of the timeline last time, opened first so the timeline shows at once.
   */
  readonly entries: readonly Entry[]
  readonly byId: ReadonlyMap<string, Entry>
  /** Records that could not be opened; shown as "damaged", never hidden. */
  readonly damagedIds: readonly string[]
  /** False while the search index is still being built after unlock. */
  readonly searchReady: boolean
}

/**
 * The unlocked journal in memory: decrypted entries and their search index. It lives only as long
 * as the page; locking reloads the page and takes it all away.
 */
export class JournalStore {
  private byId = new Map<string, Entry>()
  /** byId's entries newest first, kept in order by each change rather than re-sorted. */
  private sorted: readonly Entry[] = []
  /** The ids the stored hint lists (newestIds.ts), to rewrite it only when the top changes. */
  private hintedIds: readonly string[] = []
  private hintWrite: Promise<void> = Promise.resolve()
  private damagedIds: readonly string[] = []
  private status: JournalSnapshot['status'] = 'loading'
  private searchReady = false
  private snapshot: JournalSnapshot = {
    status: 'loading',
    entries: [],
    byId: new Map(),
    damagedIds: [],
    searchReady: false,
  }
  private readonly listeners = new Set<() => void>()
  private index: JournalSearchIndex = createJournalSearchIndex()
  /** Bumped by dispose(), so a load that finishes afterwards is ignored (React may remount). */
  private generation = 0

  constructor(private readonly repository: EntryRepository) {}

  async load(): Promise<void> {
    const generation = this.generation
    try {
      await this.showNewestFirst(generation)
      // In slices: the newest entries may already be on screen, and should scroll and open
      // while the rest are decrypted.
      const loaded = await this.repository.loadAll(timeSlicer())
      if (generation !== this.generation) return
      this.index = createJournalSearchIndex()
      this.byId = new Map(loaded.entries.map((entry) => [entry.id, entry]))
      this.sorted = [...loaded.entries].sort(newestFirst)
      this.damagedIds = loaded.damagedIds
      this.status = 'ready'
      // The timeline shows first; indexing 10,000 entries takes seconds, so it runs in slices
      // between frames, and searches meanwhile see what is indexed so far.
      this.publish()
      this.keepHintCurrent()
      const index = this.index
      await index.addAllInSlices(loaded.entries)
      if (generation !== this.generation) return
      this.searchReady = true
      this.publish()
    } catch {
      if (generation !== this.generation) return
      this.status = 'failed'
      this.publish()
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): JournalSnapshot => this.snapshot

  async save(entry: Entry): Promise<Result<void>> {
    const result = await this.repository.save(entry)
    if (!result.ok) return result
    this.sorted = withEntry(this.sorted, this.byId.get(entry.id), entry)
    this.byId.set(entry.id, entry)
    this.index.add(entry)
    this.publish()
    this.keepHintCurrent()
    return ok(undefined)
  }

  async saveMany(
    entries: readonly Entry[],
    alongside: Parameters<EntryRepository['saveMany']>[1] = [],
  ): Promise<Result<void>> {
    const result = await this.repository.saveMany(entries, alongside)
    if (!result.ok) return result
    for (const entry of entries) {
      this.byId.set(entry.id, entry)
      this.index.add(entry)
    }
    // One sort for a batch (an import, a finished flow): inserting one by one would copy the
    // whole list once per entry.
    this.sorted = [...this.byId.values()].sort(newestFirst)
    this.publish()
    this.keepHintCurrent()
    return ok(undefined)
  }

  /** Deletes and hands back the entry, so the caller can offer Undo by saving it again. */
  async remove(id: string): Promise<Result<Entry>> {
    const entry = this.byId.get(id)
    if (!entry) return fail('not-found', 'That entry is already gone.')
    const result = await this.repository.delete(id)
    if (!result.ok) return result
    this.sorted = withoutEntry(this.sorted, entry)
    this.byId.delete(id)
    this.index.remove(id)
    this.publish()
    this.keepHintCurrent()
    return ok(entry)
  }

  /** Removes an entry that was never given any content, without ceremony. */
  async discardIfEmpty(id: string): Promise<void> {
    const entry = this.byId.get(id)
    if (entry && isEmpty(entry)) await this.remove(id)
  }

  search(query: string, limit = 50): readonly SearchHit[] {
    return this.index.search(query, { limit })
  }

  dispose(): void {
    this.generation++
    this.index.dispose()
    this.index = createJournalSearchIndex()
    this.byId.clear()
    this.sorted = []
    this.status = 'loading'
    this.searchReady = false
  }

  /** Shows the entries the hint names, if any, and lets them paint before the long decrypt. */
  private async showNewestFirst(generation: number): Promise<void> {
    const newest = await this.repository.loadNewest()
    if (generation !== this.generation) return
    this.hintedIds = newest.ids
    if (newest.entries.length === 0) return
    this.byId = new Map(newest.entries.map((entry) => [entry.id, entry]))
    this.sorted = [...newest.entries].sort(newestFirst)
    this.publish()
    await afterNextPaint()
  }

  /** Rewrites the hint when the top of the timeline changed; one write at a time, in order. */
  private keepHintCurrent(): void {
    if (this.status !== 'ready') return
    const ids = newestIds(this.sorted)
    if (sameIds(ids, this.hintedIds)) return
    this.hintedIds = ids
    this.hintWrite = this.hintWrite.then(() => this.repository.saveNewestIds(ids))
  }

  private publish(): void {
    this.snapshot = {
      status: this.status,
      entries: this.sorted,
      byId: new Map(this.byId),
      damagedIds: this.damagedIds,
      searchReady: this.searchReady,
    }
    for (const listener of this.listeners) listener()
  }
}

export function isEmpty(entry: Entry): boolean {
  return (
    entry.title.trim() === '' &&
    entry.body.trim() === '' &&
    entry.privateNote.trim() === '' &&
    entry.mood === null &&
    entry.trust === null &&
    entry.flow === null
  )
}
