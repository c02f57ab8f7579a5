/**
 * The record id of a shared item received in a bundle (docs/FORMAT.md §19.1):
 *
 *   hex(BLAKE2b-128(key = sharedItemIds subkey,
 *                   UTF8("mend.shared-item.v1") || 0x00 || UTF8(bundleId) || 0x00 || UTF8(index)))
 *
 * Deterministic, so importing the same bundle twice writes the same records instead of copies;
 * keyed, so the ids (stored in plain text) reveal nothing about the bundle to someone with the disk.
 */
import type { CryptoProvider } from './cryptoProvider'
import { bytesToHex } from './hex'

const encoder = new TextEncoder()

export function sharedItemId(
  provider: CryptoProvider,
  sharedItemIdsKey: Uint8Array,
  bundleId: string,
  itemIndex: number,
): string {
  if (!Number.isSafeInteger(itemIndex) || itemIndex < 0) throw new RangeError('bad item index')
  const message = encoder.encode(`mend.shared-item.v1\u0000${bundleId}\u0000${itemIndex}`)
  return bytesToHex(provider.blake2b(16, message, sharedItemIdsKey))
}
