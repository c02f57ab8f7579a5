/**
 * Argon2id cost parameters, as stored in a vault header (docs/FORMAT.md, "Passphrase slot").
 * The algorithm itself is fixed: Argon2id v1.3, parallelism 1, 32-byte output.
 */
export interface KdfParams {
  /** Passes over memory (Argon2 t). */
  readonly opsLimit: number
  /** Memory in bytes (Argon2 m = memLimitBytes / 1024 KiB). */
  readonly memLimitBytes: number
}

const MiB = 1024 * 1024

/**
 * libsodium's OPSLIMIT_MODERATE / MEMLIMIT_MODERATE: 3 passes over 256 MiB, about 1.15 s in a
 * worker in Chromium 156 on the 2-core build machine (npm run bench). Above Bitwarden's (3 × 64 MiB) and Standard Notes' (5 × 64 MiB)
 * defaults: memory is what makes GPU guessing expensive, so it is the figure we push up.
 */
export const DEFAULT_KDF_PARAMS: KdfParams = { opsLimit: 3, memLimitBytes: 256 * MiB }

/** Outside tests, no vault can be created or re-wrapped below this. */
export const PRODUCTION_KDF_FLOOR: KdfParams = DEFAULT_KDF_PARAMS

/**
 * Bounds for parameters read from disk. A header edited to ask for 64 GiB would otherwise crash
 * the page; libsodium's own minimums are 1 pass and 8 KiB.
 */
const READABLE_MIN: KdfParams = { opsLimit: 1, memLimitBytes: 8 * 1024 }
const READABLE_MAX: KdfParams = { opsLimit: 32, memLimitBytes: 1024 * MiB }

export function isReadableKdfParams(params: KdfParams): boolean {
  const { opsLimit, memLimitBytes } = params
  return (
    Number.isSafeInteger(opsLimit) &&
    Number.isSafeInteger(memLimitBytes) &&
    opsLimit >= READABLE_MIN.opsLimit &&
    opsLimit <= READABLE_MAX.opsLimit &&
    memLimitBytes >= READABLE_MIN.memLimitBytes &&
    memLimitBytes <= READABLE_MAX.memLimitBytes &&
    memLimitBytes % 1024 === 0
  )
}

/** True when either cost is lower than the target's: the slot deserves re-wrapping. */
export function isWeakerThan(stored: KdfParams, target: KdfParams): boolean {
  return stored.opsLimit < target.opsLimit || stored.memLimitBytes < target.memLimitBytes
}

/** The stronger of the two in each dimension, so an upgrade never lowers either cost. */
export function strongestOf(a: KdfParams, b: KdfParams): KdfParams {
  return {
    opsLimit: Math.max(a.opsLimit, b.opsLimit),
    memLimitBytes: Math.max(a.memLimitBytes, b.memLimitBytes),
  }
}
