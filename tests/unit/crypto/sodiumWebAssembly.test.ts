import { describe, expect, it, vi } from 'vitest'

describe('libsodium', () => {
  it('compiles to WebAssembly and runs Argon2id once ready', async () => {
    // Spy before the first import in this test file's fresh module graph and worker.
    const instantiate = vi.spyOn(WebAssembly, 'instantiate')
    const { loadSodiumProvider, sodiumLibraryVersion } =
      await import('@renderer/crypto/sodiumProvider')
    const provider = await loadSodiumProvider()
    expect(instantiate).toHaveBeenCalled()
    expect(await sodiumLibraryVersion()).toMatch(/^1\.0\.\d+/)

    const salt = new Uint8Array(16).fill(7)
    const key = provider.argon2id(
      new TextEncoder().encode('a passphrase'),
      salt,
      1,
      8 * 1024 * 1024,
    )
    expect(key).toHaveLength(32)
    expect(key.some((byte) => byte !== 0)).toBe(true)
  })
})
