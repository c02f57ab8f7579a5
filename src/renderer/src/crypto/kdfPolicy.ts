import {
  DEFAULT_KDF_PARAMS,
  PRODUCTION_KDF_FLOOR,
  isReadableKdfParams,
  isWeakerThan,
  type KdfParams,
} from './kdfParams'

/**
 * True only under Vitest. Vite replaces import.meta.env.MODE with a literal at build time, so in
 * a production bundle (the app, the e2e build, the bench page) this is the constant `false` and
 * the test-only branch below is dead code: no query string, setting or storage flag can reach it.
 */
export function isUnitTestRun(): boolean {
  return import.meta.env.MODE === 'test'
}

/**
 * The Argon2id parameters for new passphrase slots, which are also the "current default" that
 * older slots are upgraded to on unlock.
 *
 * `dangerousTestOnlyKdfParams` lets unit tests run Argon2id with a few MiB instead of 256 MiB. It
 * throws outside Vitest. The e2e suite runs the real production build with the real parameters
 * (an unlock with 10,000 entries took about 1.4 s in `npm run bench`), which also keeps that path honest.
 */
export function resolveKdfParams(dangerousTestOnlyKdfParams?: KdfParams): KdfParams {
  if (dangerousTestOnlyKdfParams === undefined) return DEFAULT_KDF_PARAMS
  if (!isUnitTestRun()) {
    throw new Error('dangerousTestOnlyKdfParams is only accepted in unit tests')
  }
  if (!isReadableKdfParams(dangerousTestOnlyKdfParams)) {
    throw new RangeError('dangerousTestOnlyKdfParams are outside what a vault header may hold')
  }
  return dangerousTestOnlyKdfParams
}

/** Guards every write of a passphrase slot: below the floor is a bug outside tests. */
export function assertKdfParamsAllowed(params: KdfParams): void {
  if (!isReadableKdfParams(params)) throw new RangeError('Argon2id parameters out of range')
  if (!isUnitTestRun() && isWeakerThan(params, PRODUCTION_KDF_FLOOR)) {
    throw new RangeError('Argon2id parameters below the production floor')
  }
}
