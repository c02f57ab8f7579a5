/**
 * Opens half of a large batch of records while the page opens the other half: on two cores this
 * nearly halves the wait between the key derivation and the timeline. The key arrives with each
 * batch and is zeroed when the batch is done; nothing is kept between batches.
 */
import type { CryptoProvider } from './cryptoProvider'
import type { RecordOpenRequest, RecordOpenResponse } from './recordOpenWorkerProtocol'
import { openRecordRows } from './recordRowOpening'
import { loadSodiumProvider } from './sodiumProvider'

// The renderer's type-check has no WebWorker lib; this is the slice of the worker scope we use.
interface RecordOpenWorkerScope {
  onmessage: ((event: MessageEvent<RecordOpenRequest>) => void) | null
  postMessage(message: RecordOpenResponse): void
}

const scope = globalThis as unknown as RecordOpenWorkerScope
let provider: Promise<CryptoProvider> | null = null

function sodium(): Promise<CryptoProvider> {
  provider ??= loadSodiumProvider()
  return provider
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'warm') {
    void sodium().catch(() => undefined)
    return
  }
  const { requestId, recordsKey, journalId, kind, rows } = request
  void sodium()
    .then((loaded) => {
      try {
        const openings = openRecordRows(loaded, recordsKey, journalId, kind, rows)
        scope.postMessage({ requestId, ok: true, openings })
      } finally {
        loaded.memzero(recordsKey)
      }
    })
    .catch(() => {
      recordsKey.fill(0)
      scope.postMessage({ requestId, ok: false })
    })
}
