/** Errors cross the bridge as values; exceptions are for bugs. */
export interface AppError {
  /** Stable, machine-readable reason, e.g. 'cancelled', 'disk-full', 'invalid-payload'. */
  readonly code: string
  /** A sentence a person can act on: what happened and what they can do. */
  readonly message: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
