import { fail, ok, type Result } from '@shared/result'
import type { Agreement } from '../../domain/agreements/types'
import type { LocalDate } from '../../domain/commitments/calendar/localDate'
import { toggleLog, type LogChange } from '../../domain/commitments/commitmentLog'
import type { Commitment, CommitmentLog } from '../../domain/commitments/types'
import type { Milestone } from '../../domain/progress/milestone'
import type { AgreementRepository } from '../../db/agreementRepository'
import type { CommitmentRepository } from '../../db/commitmentRepository'
import type { MilestoneRepository } from '../../db/milestoneRepository'

export interface ProgressSnapshot {
  readonly status: 'loading' | 'ready' | 'failed'
  /** Each list oldest first, by when it was created. Arrays keep their identity until they change. */
  readonly agreements: readonly Agreement[]
  readonly commitments: readonly Commitment[]
  readonly commitmentLogs: readonly CommitmentLog[]
  readonly milestones: readonly Milestone[]
  /** Records that could not be opened: reported, never hidden. */
  readonly damagedCount: number
}

export interface ProgressRepositories {
  readonly agreements: AgreementRepository
  readonly commitments: CommitmentRepository
  readonly milestones: MilestoneRepository
}

function byCreation<T extends { readonly createdAt: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )
}

const notFound = (what: string) => fail<never>('not-found', `That ${what} is already gone.`)

/**
 * Agreements, commitments with their kept days, and milestones of the unlocked journal, decrypted
 * once and kept in memory until the page is locked (which reloads it).
 */
export class ProgressStore {
  private agreements = new Map<string, Agreement>()
  private commitments = new Map<string, Commitment>()
  private logs = new Map<string, readonly CommitmentLog[]>()
  private milestones = new Map<string, Milestone>()
  private snapshot: ProgressSnapshot = {
    status: 'loading',
    agreements: [],
    commitments: [],
    commitmentLogs: [],
    milestones: [],
    damagedCount: 0,
  }
  private readonly listeners = new Set<() => void>()
  private loading: Promise<void> | null = null
  /** Log writes run one after another, so each toggle starts from the one before it. */
  private logQueue: Promise<unknown> = Promise.resolve()

  constructor(private readonly repositories: ProgressRepositories) {}

  /** Loads once; later calls wait for the same load. */
  load(): Promise<void> {
    this.loading ??= this.loadAll()
    return this.loading
  }

  private async loadAll(): Promise<void> {
    try {
      const [agreements, commitments, milestones] = await Promise.all([
        this.repositories.agreements.loadAll(),
        this.repositories.commitments.loadAll(),
        this.repositories.milestones.loadAll(),
      ])
      this.agreements = new Map(agreements.agreements.map((a) => [a.id, a]))
      this.commitments = new Map(commitments.commitments.map((c) => [c.id, c]))
      const logs = new Map<string, CommitmentLog[]>()
      for (const log of commitments.logs) {
        const list = logs.get(log.commitmentId)
        if (list) list.push(log)
        else logs.set(log.commitmentId, [log])
      }
      this.logs = logs
      this.milestones = new Map(milestones.milestones.map((m) => [m.id, m]))
      const damagedCount =
        agreements.damagedIds.length + commitments.damagedIds.length + milestones.damagedIds.length
      this.publish({
        status: 'ready',
        agreements: byCreation(this.agreements.values()),
        commitments: byCreation(this.commitments.values()),
        commitmentLogs: [...this.logs.values()].flat(),
        milestones: byCreation(this.milestones.values()),
        damagedCount,
      })
    } catch {
      this.publish({ status: 'failed' })
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ProgressSnapshot => this.snapshot

  async saveAgreement(agreement: Agreement): Promise<Result<void>> {
    const saved = await this.repositories.agreements.save(agreement)
    if (!saved.ok) return saved
    this.agreements.set(agreement.id, agreement)
    this.publish({ agreements: byCreation(this.agreements.values()) })
    return ok(undefined)
  }

  /** Deletes and hands the agreement back, so the caller can offer Undo by saving it again. */
  async deleteAgreement(id: string): Promise<Result<Agreement>> {
    const agreement = this.agreements.get(id)
    if (!agreement) return notFound('agreement')
    const deleted = await this.repositories.agreements.delete(id)
    if (!deleted.ok) return deleted
    this.agreements.delete(id)
    this.publish({ agreements: byCreation(this.agreements.values()) })
    return ok(agreement)
  }

  async saveCommitment(commitment: Commitment): Promise<Result<void>> {
    const saved = await this.repositories.commitments.save(commitment)
    if (!saved.ok) return saved
    this.commitments.set(commitment.id, commitment)
    this.publish({ commitments: byCreation(this.commitments.values()) })
    return ok(undefined)
  }

  /** Marks a day kept, or unmarks it: see toggleLog in the domain. */
  toggleDay(
    commitmentId: string,
    date: LocalDate,
    now: Date,
    timeZone: string,
  ): Promise<Result<LogChange>> {
    const run = async (): Promise<Result<LogChange>> => {
      const current = this.logs.get(commitmentId) ?? []
      const toggled = toggleLog(current, commitmentId, date, now, timeZone)
      if (!toggled.ok) return toggled
      const saved = await this.repositories.commitments.saveLogs(commitmentId, toggled.value.logs)
      if (!saved.ok) return saved
      this.logs.set(commitmentId, toggled.value.logs)
      this.publish({ commitmentLogs: [...this.logs.values()].flat() })
      return ok(toggled.value.change)
    }
    const result = this.logQueue.then(run, run)
    this.logQueue = result
    return result
  }

  async saveMilestone(milestone: Milestone): Promise<Result<void>> {
    const saved = await this.repositories.milestones.save(milestone)
    if (!saved.ok) return saved
    this.milestones.set(milestone.id, milestone)
    this.publish({ milestones: byCreation(this.milestones.values()) })
    return ok(undefined)
  }

  async deleteMilestone(id: string): Promise<Result<Milestone>> {
    const milestone = this.milestones.get(id)
    if (!milestone) return notFound('milestone')
    const deleted = await this.repositories.milestones.delete(id)
    if (!deleted.ok) return deleted
    this.milestones.delete(id)
    this.publish({ milestones: byCreation(this.milestones.values()) })
    return ok(milestone)
  }

  private publish(changes: Partial<ProgressSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes }
    for (const listener of this.listeners) listener()
  }
}
