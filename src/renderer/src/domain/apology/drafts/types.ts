import type { ApologyAnswers } from '../types'

/** Where an apology stands: being written, ready to give, or given (with the day and how it went). */
export type ApologyStatus = 'drafting' | 'ready' | 'delivered'

export const apologyStatuses: readonly ApologyStatus[] = ['drafting', 'ready', 'delivered']

/** Writing step by step, or editing the whole letter freely. */
export type ApologyEditMode = 'steps' | 'letter'

/** Everything the letter is made of; a version keeps a copy of this. */
export interface ApologyLetterContent {
  readonly answers: ApologyAnswers
  /** "Dear Sam," — left out of the letter when blank. */
  readonly greeting: string
  readonly signOff: string
  /**
   * The whole letter as edited freely. Null while the letter is assembled from the steps; once
   * set, it is the letter, and the step answers stay beside it for reference.
   */
  readonly freeText: string | null
}

/** Why a version was kept, shown in the history in plain words. */
export type VersionReason =
  | 'while-writing'
  | 'saved-by-you'
  | 'status'
  | 'before-free-edit'
  | 'before-rebuild'
  | 'before-restore'

export interface ApologyVersion {
  /** Random, like every id: versions live inside the draft's encrypted record. */
  readonly id: string
  /** ISO 8601 instant. */
  readonly savedAt: string
  readonly reason: VersionReason
  /** The status at the time, so "Marked ready" can be shown for status versions. */
  readonly status: ApologyStatus
  readonly content: ApologyLetterContent
  /** The letter as it read then: what the comparison shows. */
  readonly letter: string
}

/** A concrete part of the repair offer: something to do, by a day, that can be checked off. */
export interface RepairStep {
  readonly id: string
  readonly text: string
  /** "YYYY-MM-DD", or '' while no day is chosen. */
  readonly date: string
  readonly done: boolean
  /** The commitment made from this step, if any. */
  readonly commitmentId: string | null
}

export interface ApologyDelivery {
  /** "YYYY-MM-DD": the day it was shared or given. */
  readonly date: string
  /** A few words on how it went, for the writer. */
  readonly note: string
}

/** One apology being written, stored as one encrypted 'apology' record. */
export interface ApologyDraft {
  readonly id: string
  readonly title: string
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly status: ApologyStatus
  /** Set while the status is 'delivered'; kept when the status moves back, so nothing is lost. */
  readonly delivery: ApologyDelivery | null
  readonly mode: ApologyEditMode
  readonly content: ApologyLetterContent
  readonly repairSteps: readonly RepairStep[]
  /** Oldest first. */
  readonly versions: readonly ApologyVersion[]
  /** The journal entry the finished letter was saved as, so saving again updates it. */
  readonly journalEntryId: string | null
}
