/**
 * A time slicer for work on an unlocked journal. While the work pauses, the journal can lock
 * (idle timer, the Lock button); locking promises every key is zeroed, so the work must not carry
 * on with its copies. After each pause this slicer checks, and stops the work with
 * VaultLockedError, whose `finally` blocks then zero those copies.
 */
import { timeSlicer, type TimeSlicer } from '../crypto/timeSlicer'
import { VaultLockedError } from '../crypto/vaultKeyring'

/** Only whether the journal is still unlocked: SessionParts, or a stand-in in tests. */
interface LockState {
  readonly keyring: { readonly isOpen: boolean }
}

export function lockAwareSlicer(parts: LockState, slicer: TimeSlicer = timeSlicer()): TimeSlicer {
  return {
    async checkpoint() {
      await slicer.checkpoint()
      if (!parts.keyring.isOpen) throw new VaultLockedError()
    },
  }
}
