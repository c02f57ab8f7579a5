/**
 * The single error for "this envelope cannot be opened": tampered, truncated, wrong key, wrong
 * associated data, unknown version, bad padding or bad JSON all look the same to the caller, so
 * no detail of a failure can be used as an oracle or leak into logs.
 */
export class EnvelopeOpenError extends Error {
  override readonly name = 'EnvelopeOpenError'

  constructor() {
    super('This encrypted item could not be opened.')
  }
}
