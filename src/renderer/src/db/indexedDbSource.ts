/**
 * Where Dexie finds IndexedDB. The app passes nothing (the browser's own); unit tests pass a
 * fresh fake-indexeddb factory per test so nothing leaks between them.
 */
export interface IndexedDbSource {
  readonly indexedDB?: IDBFactory
  readonly IDBKeyRange?: typeof IDBKeyRange
}

/**
 * Dexie options shared by every Mend database. 'strict' durability makes Chromium report a
 * write as done only once it is flushed to disk: a diary entry must survive a power cut.
 */
export function dexieOptions(source: IndexedDbSource) {
  return {
    chromeTransactionDurability: 'strict' as const,
    ...(source.indexedDB ? { indexedDB: source.indexedDB } : {}),
    ...(source.IDBKeyRange ? { IDBKeyRange: source.IDBKeyRange } : {}),
  }
}
