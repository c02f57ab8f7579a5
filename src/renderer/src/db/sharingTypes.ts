/**
 * What the Share screens see of partner sharing (issue 6): the journal's share code, a saved
 * partner, sealing and opening .mendshare bundles, the "Shared with me" records and the share
 * log. Implemented by JournalSharing over the unlocked session; no key ever crosses this line.
 */
import type { Result } from '@shared/result'
import type { OpenedBundle, SenderCheck } from '../crypto/bundleOpen'
import type { ShareableItem } from '../domain/share/types'

export type { OpenedBundle, SenderCheck }

export interface ShareIdentity {
  /** "mend1-…" in groups of four: public, safe to show and copy. */
  readonly shareCode: string
  /** Six words to compare aloud with the partner's screen. */
  readonly fingerprint: readonly string[]
}

export interface SavedPartner extends ShareIdentity {
  /** What the person calls their partner ("Alex"); plain text, may be empty. */
  readonly name: string
  /** ISO 8601 instant. */
  readonly savedAt: string
}

/** What goes into a bundle, chosen in the same preview as the readable exports. */
export interface BundleContents {
  /** How the sender wants to be named; empty to stay unnamed. */
  readonly senderName: string
  readonly items: readonly ShareableItem[]
  /** Plain text shown before the items; empty for none. */
  readonly coverNote: string
  /** "YYYY-MM-DD" shown to the recipient as the sender's wish; null for none. */
  readonly expiresOn: string | null
  readonly includeRatings: boolean
  readonly includeTags: boolean
  readonly includePrivateNotes: boolean
}

export interface BundleProgressOptions {
  /** Chunks of 64 KiB done, and how many in all. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface BundleSealOptions extends BundleProgressOptions {
  readonly now: Date
}

export interface SealedBundle {
  readonly bytes: Uint8Array
  readonly bundleId: string
  /** e.g. "mend-share-2026-11-25.mendshare". */
  readonly suggestedFileName: string
  readonly itemCount: number
}

export interface BundleOpenOptions extends BundleProgressOptions {
  /** Needed only when inspectBundle says 'passphrase'. */
  readonly passphrase?: string | null
  /** The recipient's calendar day, "YYYY-MM-DD", for the expiry flag. */
  readonly today: string
}

export interface BundleImport {
  readonly added: number
  /** Items already in "Shared with me" from an earlier import of the same bundle. */
  readonly alreadyImported: number
}

/** One item in "Shared with me": read-only, with who shared it and when. */
export interface SharedItem {
  /** The record id (derived from bundle id and index; meaningless on its own). */
  readonly id: string
  readonly item: ShareableItem
  readonly bundleId: string
  readonly itemIndex: number
  readonly senderName: string
  readonly sender: ShareIdentity | null
  readonly senderCheck: SenderCheck
  /** ISO 8601: when the sender sealed the bundle. */
  readonly sharedAt: string
  /** ISO 8601: when it was imported here. */
  readonly importedAt: string
  readonly expiresOn: string | null
  readonly coverNote: string | null
}

export interface LoadedSharedItems {
  readonly items: readonly SharedItem[]
  readonly damagedIds: readonly string[]
}

export type ShareFormat = 'html' | 'markdown' | 'markdown-zip' | 'pdf' | 'bundle'

export type ShareRecipient =
  | {
      readonly kind: 'partner'
      readonly shareCode: string
      readonly fingerprint: readonly string[]
    }
  | { readonly kind: 'one-time-passphrase' }
  /** A readable file: it goes to whoever the person hands it to. */
  | { readonly kind: 'file' }

export interface ShareLogEntry {
  readonly id: string
  /** ISO 8601 instant. */
  readonly sharedAt: string
  readonly format: ShareFormat
  readonly recipient: ShareRecipient
  readonly itemIds: readonly string[]
  readonly itemTitles: readonly string[]
  /** The bundle's id for format 'bundle', otherwise null. */
  readonly bundleId: string | null
  /** The person's own words ("for our counsellor"); empty for none. Plain text. */
  readonly note: string
}

export interface NewShareLogEntry extends Omit<ShareLogEntry, 'id' | 'sharedAt'> {
  readonly sharedAt: Date
}

export interface VaultSharing {
  /** This journal's share code, making its X25519 key pair on first use. */
  identity(): Promise<Result<ShareIdentity>>
  /** A new key pair and share code; bundles sealed to the old code can no longer be opened. */
  renewIdentity(): Promise<Result<ShareIdentity>>
  partner(): Promise<SavedPartner | null>
  savePartner(shareCode: string, name: string, now: Date): Promise<Result<SavedPartner>>
  forgetPartner(): Promise<Result<void>>
  /** Six random words for a one-time passphrase. */
  suggestPassphrase(): string
  /** Sealed to the partner's share code, proving this journal sent it. */
  sealToShareCode(
    shareCode: string,
    contents: BundleContents,
    options: BundleSealOptions,
  ): Promise<Result<SealedBundle>>
  /** Sealed under a one-time passphrase (Argon2id at the vault's costs, in a worker). */
  sealWithPassphrase(
    passphrase: string,
    contents: BundleContents,
    options: BundleSealOptions,
  ): Promise<Result<SealedBundle>>
  /** Reads only the header: whether to ask for a passphrase before openBundle. */
  inspectBundle(bytes: Uint8Array): Result<{ readonly sealedWith: 'share-code' | 'passphrase' }>
  /** Verifies and decrypts everything; writes nothing. */
  openBundle(bytes: Uint8Array, options: BundleOpenOptions): Promise<Result<OpenedBundle>>
  /** Every item as a 'shared-item' record, in one transaction; a repeat import adds nothing. */
  importBundle(opened: OpenedBundle, importedAt: Date): Promise<Result<BundleImport>>
  listSharedItems(): Promise<LoadedSharedItems>
  addShareLogEntry(entry: NewShareLogEntry): Promise<Result<ShareLogEntry>>
  /** Newest first. Entries that cannot be opened are left out. */
  listShareLog(): Promise<readonly ShareLogEntry[]>
}
