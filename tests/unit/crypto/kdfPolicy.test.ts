import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_KDF_PARAMS,
  isReadableKdfParams,
  isWeakerThan,
  strongestOf,
} from '@renderer/crypto/kdfParams'
import { assertKdfParamsAllowed, resolveKdfParams } from '@renderer/crypto/kdfPolicy'

const MiB = 1024 * 1024
const small = { opsLimit: 1, memLimitBytes: 8 * MiB }

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('Argon2id parameters', () => {
  it('default to libsodium MODERATE: 3 passes over 256 MiB', () => {
    expect(DEFAULT_KDF_PARAMS).toEqual({ opsLimit: 3, memLimitBytes: 256 * MiB })
    expect(resolveKdfParams()).toEqual(DEFAULT_KDF_PARAMS)
  })

  it('accept small test costs only inside unit tests', () => {
    expect(resolveKdfParams(small)).toEqual(small)
    vi.stubEnv('MODE', 'production')
    expect(() => resolveKdfParams(small)).toThrow(/only accepted in unit tests/)
  })

  it('make a slot below the production floor impossible outside tests', () => {
    expect(() => assertKdfParamsAllowed(small)).not.toThrow()
    vi.stubEnv('MODE', 'production')
    expect(() => assertKdfParamsAllowed(small)).toThrow(/below the production floor/)
    expect(() => assertKdfParamsAllowed({ opsLimit: 3, memLimitBytes: 64 * MiB })).toThrow()
    expect(() => assertKdfParamsAllowed(DEFAULT_KDF_PARAMS)).not.toThrow()
  })

  it('refuse stored costs that are absurd, so an edited header cannot exhaust memory', () => {
    expect(isReadableKdfParams(DEFAULT_KDF_PARAMS)).toBe(true)
    expect(isReadableKdfParams({ opsLimit: 0, memLimitBytes: 8 * MiB })).toBe(false)
    expect(isReadableKdfParams({ opsLimit: 3, memLimitBytes: 64 * 1024 * MiB })).toBe(false)
    expect(isReadableKdfParams({ opsLimit: 3.5, memLimitBytes: 8 * MiB })).toBe(false)
    expect(isReadableKdfParams({ opsLimit: 3, memLimitBytes: 8 * MiB + 1 })).toBe(false)
  })

  it('count a slot as weak when either cost is lower, and upgrade without lowering either', () => {
    const stored = { opsLimit: 4, memLimitBytes: 64 * MiB }
    expect(isWeakerThan(stored, DEFAULT_KDF_PARAMS)).toBe(true)
    expect(isWeakerThan(DEFAULT_KDF_PARAMS, DEFAULT_KDF_PARAMS)).toBe(false)
    expect(strongestOf(stored, DEFAULT_KDF_PARAMS)).toEqual({
      opsLimit: 4,
      memLimitBytes: 256 * MiB,
    })
  })
})
