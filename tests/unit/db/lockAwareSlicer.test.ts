import { describe, expect, it } from 'vitest'
import { VaultLockedError } from '@renderer/crypto/vaultKeyring'
import { lockAwareSlicer } from '@renderer/db/lockAwareSlicer'

describe('a slicer for work on an unlocked journal', () => {
  it('lets the work go on while the journal stays unlocked', async () => {
    let pauses = 0
    const keyring = { isOpen: true }
    const slicer = lockAwareSlicer({ keyring }, { checkpoint: async () => void pauses++ })
    await slicer.checkpoint()
    await slicer.checkpoint()
    expect(pauses).toBe(2)
  })

  it('stops the work with VaultLockedError once the journal locked during a pause', async () => {
    const keyring = { isOpen: true }
    const lockWhilePaused = {
      checkpoint: async () => {
        keyring.isOpen = false
      },
    }
    const slicer = lockAwareSlicer({ keyring }, lockWhilePaused)
    await expect(slicer.checkpoint()).rejects.toBeInstanceOf(VaultLockedError)
  })
})
