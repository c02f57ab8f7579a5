/**
 * Turns what the person chose on the Share screen into a bundle payload: a fresh random bundle
 * id, the time, and each item reduced to exactly the fields they chose to include.
 */
import { ok, type Result } from '@shared/result'
import { bundleErrors } from '../crypto/bundleErrors'
import { itemForBundle, type BundlePayload } from '../crypto/bundlePayload'
import type { CryptoProvider } from '../crypto/cryptoProvider'
import { bytesToHex } from '../crypto/hex'
import { isValidDateString, toLocalDateString } from '../domain/journal/localDate'
import type { BundleContents, SealedBundle } from './sharingTypes'

const BUNDLE_ID_BYTES = 16

export function bundlePayloadFor(
  provider: CryptoProvider,
  contents: BundleContents,
  now: Date,
): Result<BundlePayload> {
  if (contents.items.length === 0) return bundleErrors.nothingToShare()
  if (contents.expiresOn !== null && !isValidDateString(contents.expiresOn)) {
    throw new RangeError('expiresOn must be a real "YYYY-MM-DD" day or null')
  }
  const coverNote = contents.coverNote.trim()
  return ok({
    bundleId: bytesToHex(provider.randomBytes(BUNDLE_ID_BYTES)),
    createdAt: now.toISOString(),
    senderName: contents.senderName.trim(),
    expiresOn: contents.expiresOn,
    coverNote: coverNote.length > 0 ? coverNote : null,
    items: contents.items.map((item) => itemForBundle(item, contents)),
  })
}

export function sealedBundle(bytes: Uint8Array, payload: BundlePayload, now: Date): SealedBundle {
  return {
    bytes,
    bundleId: payload.bundleId,
    suggestedFileName: `mend-share-${toLocalDateString(now)}.mendshare`,
    itemCount: payload.items.length,
  }
}
