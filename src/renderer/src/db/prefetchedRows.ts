/**
 * Ciphertext rows read from IndexedDB while Argon2id is still running in its worker. Reading
 * 10,000 rows costs about as much as decrypting them, and during the key derivation the main
 * thread has nothing else to do, so unlock starts the read early and the first list() of each
 * kind uses it. Only ciphertext is held; the store forgets a kind at its first write, since from
 * then on those rows could be stale, and each kind is handed out once.
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

  /** Called on a write of `kind`: from now on its rows must be read afresh. */
  forget(kind: string): void {
    this.#taken.add(kind)
    void this.#byKind.then((grouped) => grouped?.delete(kind))
  }

  /**
   * The rows of `kind` with these ids (those that exist, in the order asked), without using up
   * the kind; null once the kind has been taken or if the early read failed.
   */
  async peek(kind: string, ids: readonly string[]): Promise<RecordRow[] | null> {
    if (this.#taken.has(kind)) return null
    const grouped = await this.#byKind
    if (!grouped || this.#taken.has(kind)) return null
    const wanted = new Set(ids)
    const byId = new Map<string, RecordRow>()
    for (const row of grouped.get(kind) ?? []) if (wanted.has(row.id)) byId.set(row.id, row)
    return ids.flatMap((id) => byId.get(id) ?? [])
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
