/** Messages between workerKeyDeriver and kdfWorker. Byte arrays are transferred, not copied. */
export interface KdfWorkerRequest {
  readonly passphraseBytes: Uint8Array
  readonly salt: Uint8Array
  readonly opsLimit: number
  readonly memLimitBytes: number
}

export type KdfWorkerResponse =
  { readonly ok: true; readonly key: Uint8Array } | { readonly ok: false; readonly reason: string }
