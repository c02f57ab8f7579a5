/**
 * Opens a bundle in this journal: loads the share key pair only for a share-code bundle, and the
 * saved partner's key for the sender check, then verifies everything (crypto/bundleOpen.ts).
 * Writes nothing; the secret key is zeroed whatever happens.
 */
import type { Result } from '@shared/result'
import { parseBundle } from '../crypto/bundleFormat'
import { openBundle, type OpenedBundle } from '../crypto/bundleOpen'
import type { ShareKeyPair } from '../crypto/shareKeyPair'
import { loadPartnerPublicKey } from './partnerRecord'
import type { SessionParts } from './sessionParts'
import { loadShareKeyPair } from './shareKeyRecords'
import type { BundleOpenOptions } from './sharingTypes'

export async function openBundleInJournal(
  parts: SessionParts,
  bytes: Uint8Array,
  options: BundleOpenOptions,
): Promise<Result<OpenedBundle>> {
  const parsed = parseBundle(bytes)
  if (!parsed.ok) return parsed
  let shareKeyPair: ShareKeyPair | null = null
  if (parsed.value.keySource.mode === 'share-code') {
    const loaded = await loadShareKeyPair(parts)
    if (!loaded.ok) return loaded
    shareKeyPair = loaded.value
  }
  const { provider, deriver } = parts.context
  try {
    return await openBundle(provider, deriver, bytes, {
      keys: {
        shareKeyPair,
        passphrase: options.passphrase ?? null,
        partnerPublicKey: await loadPartnerPublicKey(parts),
      },
      today: options.today,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })
  } finally {
    if (shareKeyPair) provider.memzero(shareKeyPair.secretKey)
  }
}
