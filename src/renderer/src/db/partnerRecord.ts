/**
 * The partner's share code, saved by the person as the 'share-key' record `partner-share-code`
 * (docs/FORMAT.md §17.2). Opening a bundle compares its sender's key with this one.
 */
import { ok, type Result } from '@shared/result'
import { bundleErrors } from '../crypto/bundleErrors'
import { bytesToHex } from '../crypto/hex'
import { formatShareCode, parseShareCode } from '../crypto/shareCode'
import type { SessionParts } from './sessionParts'
import { loadShareKeyPair, shareIdentityOf } from './shareKeyRecords'
import type { SavedPartner } from './sharingTypes'

export const PARTNER_SHARE_CODE_ID = 'partner-share-code'
const MAX_PARTNER_NAME_LENGTH = 60

interface PartnerPayload {
  readonly shareCode: string
  readonly name: string
  readonly savedAt: string
}

/** The saved partner, or null when none is saved or the record cannot be read. */
export async function loadPartner(parts: SessionParts): Promise<SavedPartner | null> {
  const record = await parts.records.get<unknown>('share-key', PARTNER_SHARE_CODE_ID)
  if (record === null || record.status === 'damaged') return null
  const payload = record.payload as Partial<Record<keyof PartnerPayload, unknown>> | null
  if (typeof payload !== 'object' || payload === null) return null
  const publicKey = typeof payload.shareCode === 'string' ? parseShareCode(payload.shareCode) : null
  if (!publicKey?.ok) return null
  return {
    ...shareIdentityOf(parts.context.provider, publicKey.value),
    name: typeof payload.name === 'string' ? payload.name : '',
    savedAt: typeof payload.savedAt === 'string' ? payload.savedAt : '',
  }
}

/** The saved partner's public key, or null. */
export async function loadPartnerPublicKey(parts: SessionParts): Promise<Uint8Array | null> {
  const partner = await loadPartner(parts)
  const publicKey = partner ? parseShareCode(partner.shareCode) : null
  return publicKey?.ok ? publicKey.value : null
}

export async function savePartner(
  parts: SessionParts,
  shareCode: string,
  name: string,
  now: Date,
): Promise<Result<SavedPartner>> {
  const publicKey = parseShareCode(shareCode)
  if (!publicKey.ok) return publicKey
  const own = await loadShareKeyPair(parts)
  if (own.ok && own.value) {
    const isOwn = bytesToHex(own.value.publicKey) === bytesToHex(publicKey.value)
    parts.context.provider.memzero(own.value.secretKey)
    if (isOwn) return bundleErrors.ownShareCode()
  }
  const payload: PartnerPayload = {
    shareCode: formatShareCode(publicKey.value),
    name: name.trim().slice(0, MAX_PARTNER_NAME_LENGTH),
    savedAt: now.toISOString(),
  }
  const written = await parts.records.put('share-key', PARTNER_SHARE_CODE_ID, payload)
  if (!written.ok) return written
  return ok({ ...payload, ...shareIdentityOf(parts.context.provider, publicKey.value) })
}
