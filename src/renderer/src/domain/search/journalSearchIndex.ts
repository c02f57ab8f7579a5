import MiniSearch, { type SearchResult } from 'minisearch'
import { markdownToPlainText } from '../journal/markdownToPlainText'
import { highlightText, snippetText } from './highlightText'
import { normaliseTerm, termsOf } from './searchTerms'
import type { SearchableEntry, SearchHit, SearchOptions } from './types'

/**
 * Full-text search over decrypted entries, held only in this object's memory. Nothing here is
 * ever written anywhere; dispose() on lock lets the garbage collector take it all.
 */
export interface JournalSearchIndex {
  /** Adds an entry, or re-indexes it if its id is already known (use for edits too). */
  add(entry: SearchableEntry): void
  addAll(entries: readonly SearchableEntry[]): void
  /**
   * addAll in slices, yielding between them so the UI stays responsive while a large journal is
   * indexed after unlock (10,000 entries take seconds). Searches in the meantime see the entries
   * indexed so far. Stops quietly if the index is disposed (locked) part-way.
   */
  addAllInSlices(entries: readonly SearchableEntry[], options?: SliceOptions): Promise<void>
  remove(id: string): void
  has(id: string): boolean
  readonly size: number
  /** Best first; an empty or blank query finds nothing. */
  search(query: string, options?: SearchOptions): readonly SearchHit[]
  /** Drops every entry and term. The index cannot be used afterwards: build a new one. */
  dispose(): void
}

export interface SliceOptions {
  /** Entries per slice. Default 40: about 15 ms of work for entries of ~300 words. */
  readonly sliceSize?: number
  /** How to give the event loop a turn; default a zero-delay timeout. */
  readonly yieldToUi?: () => Promise<void>
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** Title words count three times a body word: a title says what the entry is about. */
const titleBoost = 3
const tagBoost = 2
/** Typo tolerance: one edit per five letters (MiniSearch rounds), from four letters up. */
const fuzziness = 0.2
const snippetLength = 180
const defaultLimit = 50
/** Longer queries are cut: nobody types more, and a pasted page should not stall the UI. */
const maxQueryLength = 200

type Field = 'title' | 'body' | 'tags' | 'privateNote'

export function createJournalSearchIndex(
  entries: readonly SearchableEntry[] = [],
): JournalSearchIndex {
  let documents: Map<string, SearchableEntry> | null = new Map()
  let miniSearch: MiniSearch<SearchableEntry> | null = new MiniSearch<SearchableEntry>({
    fields: ['title', 'body', 'tags', 'privateNote'],
    storeFields: [],
    extractField: (entry, field) => fieldText(entry, field as Field | 'id'),
    tokenize: termsOf,
    // termsOf already normalises; MiniSearch's default would lower-case a second time.
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: titleBoost, tags: tagBoost },
      // Prefix from two letters so results appear while typing; fuzzy from four, because one
      // edit in a three-letter word matches too much to be useful.
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? fuzziness : false),
      tokenize: (query) => termsOf(query),
      processTerm: (term) => normaliseTerm(term),
    },
  })

  function live(): { index: MiniSearch<SearchableEntry>; docs: Map<string, SearchableEntry> } {
    if (!miniSearch || !documents) throw new Error('JournalSearchIndex used after dispose()')
    return { index: miniSearch, docs: documents }
  }

  function add(entry: SearchableEntry): void {
    const { index, docs } = live()
    const previous = docs.get(entry.id)
    if (previous) index.remove(previous)
    index.add(entry)
    docs.set(entry.id, entry)
  }

  const searchIndex: JournalSearchIndex = {
    add,
    addAll(batch) {
      for (const entry of batch) add(entry)
    },
    async addAllInSlices(batch, options = {}) {
      const sliceSize = Math.max(1, options.sliceSize ?? 40)
      const yieldToUi = options.yieldToUi ?? defaultYield
      for (let start = 0; start < batch.length; start += sliceSize) {
        if (!miniSearch) return
        for (const entry of batch.slice(start, start + sliceSize)) add(entry)
        await yieldToUi()
      }
    },
    remove(id) {
      const { index, docs } = live()
      const previous = docs.get(id)
      if (!previous) return
      index.remove(previous)
      docs.delete(id)
    },
    has: (id) => live().docs.has(id),
    get size() {
      return live().docs.size
    },
    search(query, options = {}) {
      const { index, docs } = live()
      const text = query.slice(0, maxQueryLength)
      if (termsOf(text).length === 0) return []
      let results = index.search(text, { combineWith: 'AND' })
      // Every word must match, unless that finds nothing: then any word may.
      if (results.length === 0) results = index.search(text, { combineWith: 'OR' })
      const top = topRanked(results, docs, options.limit ?? defaultLimit)
      return top.map(({ result, entry }) => toHit(result, entry))
    },
    dispose() {
      miniSearch?.removeAll()
      documents?.clear()
      miniSearch = null
      documents = null
    },
  }
  searchIndex.addAll(entries)
  return searchIndex
}

function fieldText(entry: SearchableEntry, field: Field | 'id'): string {
  switch (field) {
    case 'id':
      return entry.id
    case 'title':
      return entry.title
    case 'body':
      return markdownToPlainText(entry.body)
    case 'tags':
      return entry.tags.join(' ')
    case 'privateNote':
      return entry.privateNote ?? ''
  }
}

interface Ranked {
  readonly result: SearchResult
  readonly entry: SearchableEntry
}

/**
 * The best `limit` results. MiniSearch sorts by score already; only the top slice, plus any
 * results tied with its last score, is re-sorted so equal scores go to the more recent day,
 * then the more recent edit. Sorting every result would cost milliseconds on broad queries.
 */
function topRanked(
  results: readonly SearchResult[],
  docs: Map<string, SearchableEntry>,
  limit: number,
): Ranked[] {
  let end = Math.min(limit, results.length)
  const lastScore = results[end - 1]?.score ?? 0
  while (end < results.length && sameScore((results[end] as SearchResult).score, lastScore))
    end += 1
  const ranked = results.slice(0, end).flatMap((result) => {
    const entry = docs.get(String(result.id))
    return entry ? [{ result, entry }] : []
  })
  ranked.sort((a, b) => {
    if (!sameScore(a.result.score, b.result.score)) return b.result.score - a.result.score
    if (a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? 1 : -1
    if (a.entry.updatedAt !== b.entry.updatedAt)
      return a.entry.updatedAt < b.entry.updatedAt ? 1 : -1
    return 0
  })
  return ranked.slice(0, limit)
}

/** Identical texts score equal up to floating-point noise. */
function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

function toHit(result: SearchResult, entry: SearchableEntry): SearchHit {
  const termsIn = (field: Field): Set<string> =>
    new Set(result.terms.filter((term) => result.match[term]?.includes(field)))
  const bodyTerms = termsIn('body')
  const noteTerms = termsIn('privateNote')
  const fromNote = bodyTerms.size === 0 && noteTerms.size > 0
  const snippetSource = fromNote
    ? (entry.privateNote ?? '').replace(/\s+/g, ' ').trim()
    : markdownToPlainText(entry.body).replace(/\s+/g, ' ').trim()
  const tagTerms = termsIn('tags')
  return {
    id: entry.id,
    score: result.score,
    date: entry.date,
    title: highlightText(entry.title, termsIn('title')),
    snippet: snippetText(snippetSource, fromNote ? noteTerms : bodyTerms, snippetLength),
    snippetFromPrivateNote: fromNote,
    matchedTags: entry.tags.filter((tag) => termsOf(tag).some((term) => tagTerms.has(term))),
  }
}
