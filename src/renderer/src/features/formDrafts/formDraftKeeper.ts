import { readFormDrafts, writeFormDrafts } from '../../db/formDraftsRecord'
import type { RecordStore } from '../../db/types'
import {
  formDraftFor,
  withFormDraft,
  withoutFormDraft,
  type FormDraftFields,
  type FormDrafts,
} from '../../domain/formDrafts/formDrafts'

export interface KeeperTimers {
  readonly setTimeout: (fn: () => void, ms: number) => number
  readonly clearTimeout: (id: number) => void
}

/** 700 ms: after a pause in typing, not on every key, yet well inside the second before a lock. */
export const FORM_DRAFT_DELAY_MS = 700

/**
 * Every form's draft of one unlocked journal, in one encrypted record. One keeper per journal, so
 * forms never overwrite each other's drafts with a stale copy; writes go one at a time, each
 * with the newest map.
 */
export class FormDraftKeeper {
  private drafts: FormDrafts = {}
  private loading: Promise<void> | null = null
  /** Keys read from disk and not touched since: text from before the page last reloaded. */
  private readonly fromBefore = new Set<string>()
  private changed = false
  private writesUnderWay = 0
  private timer: number | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly records: RecordStore,
    private readonly timers: KeeperTimers,
    private readonly delayMs = FORM_DRAFT_DELAY_MS,
  ) {}

  /** Reads the record once; later calls share the first read. */
  load(): Promise<void> {
    this.loading ??= readFormDrafts(this.records)
      .catch(() => ({}))
      .then((stored) => {
        // Anything kept or forgotten while the record was being read wins over what was stored.
        const mine = this.drafts
        this.drafts = { ...stored, ...mine }
        for (const key of Object.keys(stored)) {
          if (formDraftFor(mine, key) === undefined) this.fromBefore.add(key)
        }
      })
    return this.loading
  }

  draft(key: string): FormDraftFields | undefined {
    return formDraftFor(this.drafts, key)
  }

  keptFromBefore(key: string): boolean {
    return this.fromBefore.has(key)
  }

  /** Keeps `fields` for `key` (null lets it go), written after a pause in typing. */
  keep(key: string, fields: FormDraftFields | null): void {
    this.fromBefore.delete(key)
    const next = fields
      ? withFormDraft(this.drafts, key, fields)
      : withoutFormDraft(this.drafts, key)
    if (next === this.drafts) return
    this.drafts = next
    this.changed = true
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = this.timers.setTimeout(() => void this.flush(), this.delayMs)
  }

  /** After the form was sent or cancelled on purpose: the draft goes at once. */
  forget(key: string): Promise<void> {
    this.keep(key, null)
    return this.flush()
  }

  get hasUnsaved(): boolean {
    return this.changed || this.writesUnderWay > 0
  }

  /** Writes now whatever is waiting; resolves once it is on disk (or the write failed). */
  flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer)
      this.timer = null
    }
    if (!this.changed) return this.writing
    this.changed = false
    this.writesUnderWay++
    this.writing = this.writing
      .then(() => this.load())
      .then(() => writeFormDrafts(this.records, this.drafts))
      // A failed write (a full disk, a journal locking meanwhile) keeps the map in memory as
      // changed, so the next keystroke or flush tries again.
      .then(
        (written) => {
          if (!written.ok) this.changed = true
        },
        () => {
          this.changed = true
        },
      )
      .finally(() => {
        this.writesUnderWay--
      })
    return this.writing
  }
}
