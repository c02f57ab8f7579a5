/**
 * Every database, store and row of one (fake) IndexedDB as a string, bytes as hex: two snapshots
 * are equal exactly when nothing was written, changed or deleted in between.
 */
import type { IDBFactory } from 'fake-indexeddb'

function request<T>(idbRequest: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result)
    idbRequest.onerror = () => reject(idbRequest.error)
  })
}

function open(indexedDB: IDBFactory, name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name) as IDBOpenDBRequest)
}

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `bytes:${Buffer.from(value).toString('hex')}` : value
}

export async function snapshotStorage(indexedDB: IDBFactory): Promise<string> {
  const names = (await indexedDB.databases()).map((info) => info.name ?? '').sort()
  const dump: Record<string, Record<string, unknown[]>> = {}
  for (const name of names) {
    const db = await open(indexedDB, name)
    dump[name] = {}
    for (const store of Array.from(db.objectStoreNames).sort()) {
      const rows = await request(db.transaction(store, 'readonly').objectStore(store).getAll())
      ;(dump[name] as Record<string, unknown[]>)[store] = rows
    }
    db.close()
  }
  return JSON.stringify(dump, replacer)
}
