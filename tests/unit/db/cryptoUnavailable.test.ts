import { describe, expect, it, vi } from 'vitest'
import { PASSPHRASE, freshVault } from './vaultTestKit'

// As when a CSP without 'wasm-unsafe-eval' stops libsodium from compiling.
vi.mock('@renderer/crypto/sodiumProvider', () => ({
  loadSodiumProvider: () => Promise.reject(new Error('WebAssembly.instantiate(): blocked by CSP')),
}))

describe('when libsodium cannot start', () => {
  it('answers create and unlock with a plain explanation instead of crashing', async () => {
    const vault = freshVault()
    const created = await vault.directory.create('Sam', PASSPHRASE)
    expect(!created.ok && created.error.code).toBe('crypto-unavailable')
    const unlocked = await vault.directory.unlock('0123456789abcdef0123456789abcdef', PASSPHRASE)
    expect(!unlocked.ok && unlocked.error.message).toMatch(/could not start its encryption/)
  })
})
