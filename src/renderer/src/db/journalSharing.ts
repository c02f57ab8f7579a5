/**
 * VaultSharing for one unlocked journal: the share key pair (made on first use), the saved
 * partner, sealing and opening bundles, "Shared with me" and the share log. Secret keys are
 * loaded for one operation and zeroed as soon as it ends.
 */
import { ok, type Result } from '@shared/result'
import { bundleErrors } from '../crypto/bundleErrors'
import { parseBundle } from '../crypto/bundleFormat'
import type { OpenedBundle } from '../crypto/bundleOpen'
import { suggestBundlePassphrase } from '../crypto/bundlePassphrase'
import { sealBundle, type BundleRecipient } from '../crypto/bundleSeal'
import { bytesToHex } from '../crypto/hex'
import { assessPassphrase } from '../crypto/passphraseStrength'
import { VaultLockedError } from '../crypto/vaultKeyring'
import { parseShareCode } from '../crypto/shareCode'
import type { ShareKeyPair } from '../crypto/shareKeyPair'
import { bundlePayloadFor, sealedBundle } from './bundleContents'
import { openBundleInJournal } from './bundleOpening'
import type { SessionParts } from './sessionParts'
import { importSharedItems, listSharedItems } from './sharedItems'
import { PARTNER_SHARE_CODE_ID, loadPartner, savePartner } from './partnerRecord'
import {
  loadShareKeyPair,
  shareIdentityOf,
  shareKeyDamaged,
  storeNewShareKeyPair,
} from './shareKeyRecords'
import { addShareLogEntry, listShareLog } from './shareLog'
import type {
  BundleContents,
  BundleImport,
  BundleOpenOptions,
  BundleSealOptions,
  LoadedSharedItems,
  NewShareLogEntry,
  SavedPartner,
  SealedBundle,
  ShareIdentity,
  ShareLogEntry,
  VaultSharing,
} from './sharingTypes'
import { vaultErrors } from './vaultErrors'

export class JournalSharing implements VaultSharing {
  readonly #parts: SessionParts
  /** Resolves once the key pair exists; shared, so two screens asking at once get one code. */
  #stored: Promise<Result<void>> | null = null

  constructor(parts: SessionParts) {
    this.#parts = parts
  }

  #identityOf(publicKey: Uint8Array): ShareIdentity {
    return shareIdentityOf(this.#parts.context.provider, publicKey)
  }

  #ensureStored(): Promise<Result<void>> {
    const { provider } = this.#parts.context
    this.#stored ??= (async (): Promise<Result<void>> => {
      const loaded = await loadShareKeyPair(this.#parts)
      if (!loaded.ok) return loaded
      const created = loaded.value ? ok(loaded.value) : await storeNewShareKeyPair(this.#parts)
      if (!created.ok) return created
      provider.memzero(created.value.secretKey)
      return ok(undefined)
    })().then((result) => {
      if (!result.ok) this.#stored = null
      return result
    })
    return this.#stored
  }

  /** The key pair, made and stored on first use. The caller zeroes the secret key. */
  async #keyPair(): Promise<Result<ShareKeyPair>> {
    const stored = await this.#ensureStored()
    if (!stored.ok) return stored
    const loaded = await loadShareKeyPair(this.#parts)
    if (!loaded.ok) return loaded
    return loaded.value ? ok(loaded.value) : shareKeyDamaged()
  }

  async #withKeyPair<T>(
    withKeyPair: (keyPair: ShareKeyPair) => Promise<Result<T>> | Result<T>,
  ): Promise<Result<T>> {
    const keyPair = await this.#keyPair()
    if (!keyPair.ok) return keyPair
    try {
      return await withKeyPair(keyPair.value)
    } finally {
      this.#parts.context.provider.memzero(keyPair.value.secretKey)
    }
  }

  /** 'vault-locked' instead of a VaultLockedError, also when the lock comes mid-way. */
  async #whileOpen<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    if (!this.#parts.keyring.isOpen) return vaultErrors.locked()
    try {
      return await work()
    } catch (error) {
      if (error instanceof VaultLockedError) return vaultErrors.locked()
      throw error
    }
  }

  identity(): Promise<Result<ShareIdentity>> {
    return this.#whileOpen(() =>
      this.#withKeyPair((keyPair) => ok(this.#identityOf(keyPair.publicKey))),
    )
  }

  renewIdentity(): Promise<Result<ShareIdentity>> {
    return this.#whileOpen(async () => {
      this.#stored = null
      const created = await storeNewShareKeyPair(this.#parts)
      if (!created.ok) return created
      this.#parts.context.provider.memzero(created.value.secretKey)
      return ok(this.#identityOf(created.value.publicKey))
    })
  }

  partner(): Promise<SavedPartner | null> {
    return loadPartner(this.#parts)
  }

  savePartner(shareCode: string, name: string, now: Date): Promise<Result<SavedPartner>> {
    return this.#whileOpen(() => savePartner(this.#parts, shareCode, name, now))
  }

  forgetPartner(): Promise<Result<void>> {
    return this.#parts.records.delete('share-key', PARTNER_SHARE_CODE_ID)
  }

  suggestPassphrase(): string {
    return suggestBundlePassphrase(this.#parts.context.provider)
  }

  async #seal(
    recipient: BundleRecipient,
    contents: BundleContents,
    options: BundleSealOptions,
  ): Promise<Result<SealedBundle>> {
    const { provider, deriver } = this.#parts.context
    const payload = bundlePayloadFor(provider, contents, options.now)
    if (!payload.ok) return payload
    const sealed = await sealBundle(provider, deriver, {
      payload: payload.value,
      recipient,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })
    return sealed.ok ? ok(sealedBundle(sealed.value, payload.value, options.now)) : sealed
  }

  sealToShareCode(
    shareCode: string,
    contents: BundleContents,
    options: BundleSealOptions,
  ): Promise<Result<SealedBundle>> {
    const recipientPublicKey = parseShareCode(shareCode)
    if (!recipientPublicKey.ok) return Promise.resolve(recipientPublicKey)
    return this.#whileOpen(() =>
      this.#withKeyPair((sender) => {
        if (bytesToHex(sender.publicKey) === bytesToHex(recipientPublicKey.value)) {
          return bundleErrors.ownShareCode()
        }
        const recipient: BundleRecipient = {
          mode: 'share-code',
          recipientPublicKey: recipientPublicKey.value,
          sender,
        }
        return this.#seal(recipient, contents, options)
      }),
    )
  }

  async sealWithPassphrase(
    passphrase: string,
    contents: BundleContents,
    options: BundleSealOptions,
  ): Promise<Result<SealedBundle>> {
    const strength = await assessPassphrase(passphrase, [
      this.#parts.journal.name,
      contents.senderName,
    ])
    if (!strength.meetsMinimum) return bundleErrors.weakPassphrase(strength.explanation)
    const kdfParams = this.#parts.context.kdfParams
    return this.#seal({ mode: 'passphrase', passphrase, kdfParams }, contents, options)
  }

  inspectBundle(bytes: Uint8Array): Result<{ readonly sealedWith: 'share-code' | 'passphrase' }> {
    const parsed = parseBundle(bytes)
    return parsed.ok ? ok({ sealedWith: parsed.value.keySource.mode }) : parsed
  }

  openBundle(bytes: Uint8Array, options: BundleOpenOptions): Promise<Result<OpenedBundle>> {
    return this.#whileOpen(() => openBundleInJournal(this.#parts, bytes, options))
  }

  importBundle(opened: OpenedBundle, importedAt: Date): Promise<Result<BundleImport>> {
    return this.#whileOpen(() => importSharedItems(this.#parts, opened, importedAt))
  }

  listSharedItems(): Promise<LoadedSharedItems> {
    return listSharedItems(this.#parts)
  }

  addShareLogEntry(entry: NewShareLogEntry): Promise<Result<ShareLogEntry>> {
    return addShareLogEntry(this.#parts.records, entry)
  }

  listShareLog(): Promise<readonly ShareLogEntry[]> {
    return listShareLog(this.#parts.records)
  }
}
