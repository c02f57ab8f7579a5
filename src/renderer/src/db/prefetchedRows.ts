/**
 * Ciphertext rows read from IndexedDB while Argon2id is still running in its worker. Reading
 * 10,000 rows costs about as much as decrypting them, and during the key derivation the main
 * thread has nothing else to do, so unlock starts the read early and the first list() of each
 * kind uses it. Only ciphertext is held; the store drops it at its first write, since from then
 * on it could be stale, and each kind is handed out once.
 */
import type { JournalDatabase, RecordRow } from './journalDatabase'

export class PrefetchedRows {
  readonly #byKind: Promise<Map<string, RecordRow[]> | null>
  readonly #taken = new Set<string>()

  private constructor(byKind: Promise<Map<string, RecordRow[]> | null>) {
    this.#byKind = byKind
  }

  static start(db: JournalDatabase): PrefetchedRows {
    const byKind = db.records.toArray().then(
      (rows) => {
        const grouped = new Map<string, RecordRow[]>()
        for (const row of rows) {
          const group = grouped.get(row.kind)
          if (group) group.push(row)
          else grouped.set(row.kind, [row])
        }
        return grouped
      },
      // A failed early read is no loss: list() reads again on its own.
      () => null,
    )
    return new PrefetchedRows(byKind)
  }

  /**
   * The rows of `kind` (possibly none) the first time it is asked for; null afterwards or if the
   * early read failed, meaning "read them yourself".
   */
  async take(kind: string): Promise<RecordRow[] | null> {
    if (this.#taken.has(kind)) return null
    this.#taken.add(kind)
    const grouped = await this.#byKind
    if (!grouped) return null
    const rows = grouped.get(kind) ?? []
    grouped.delete(kind)
    return rows
  }
}
