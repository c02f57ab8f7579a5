import { fail, ok, type Result } from '@shared/result'
import type { ApologyRepository } from '../../db/apologyRepository'
import type { ApologyDraft } from '../../domain/apology/drafts/types'

export interface ApologySnapshot {
  readonly status: 'loading' | 'ready' | 'failed'
  /** Most recently edited first. */
  readonly drafts: readonly ApologyDraft[]
  readonly damagedIds: readonly string[]
}

function recentFirst(a: ApologyDraft, b: ApologyDraft): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0
}

/**
 * The apology drafts in memory while the studio is open, so the list shows a draft's newest
 * title and status the moment its editor closes, without reading the vault again.
 */
export class ApologyStore {
  private byId = new Map<string, ApologyDraft>()
  private snapshot: ApologySnapshot = { status: 'loading', drafts: [], damagedIds: [] }
  private readonly listeners = new Set<() => void>()
  private loading: Promise<void> | null = null

  constructor(private readonly repository: ApologyRepository) {}

  load(): Promise<void> {
    this.loading ??= this.repository.loadAll().then(
      (loaded) => {
        for (const draft of loaded.drafts)
          if (!this.byId.has(draft.id)) this.byId.set(draft.id, draft)
        this.publish('ready', loaded.damagedIds)
      },
      () => this.publish('failed', this.snapshot.damagedIds),
    )
    return this.loading
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ApologySnapshot => this.snapshot

  async save(draft: ApologyDraft): Promise<Result<void>> {
    const result = await this.repository.save(draft)
    if (!result.ok) return result
    this.byId.set(draft.id, draft)
    this.publish(this.snapshot.status, this.snapshot.damagedIds)
    return ok(undefined)
  }

  /** Deletes and hands back the draft, so the caller can offer Undo by saving it again. */
  async remove(id: string): Promise<Result<ApologyDraft>> {
    const draft = this.byId.get(id)
    if (!draft) return fail('not-found', 'That apology is already gone.')
    const result = await this.repository.delete(id)
    if (!result.ok) return result
    this.byId.delete(id)
    this.publish(this.snapshot.status, this.snapshot.damagedIds)
    return ok(draft)
  }

  private publish(status: ApologySnapshot['status'], damagedIds: readonly string[]): void {
    this.snapshot = { status, drafts: [...this.byId.values()].sort(recentFirst), damagedIds }
    for (const listener of this.listeners) listener()
  }
}
