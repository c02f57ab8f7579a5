/**
 * A helper worker that opens part of a large batch of records in parallel with the page. It is
 * an optimisation only: when it is missing, has gone idle or fails, open() answers null and the
 * caller opens the rows itself, so no record is ever lost to a worker problem.
 */
import type { RecordOpenRequest, RecordOpenResponse } from './recordOpenWorkerProtocol'
import type { RowOpening, SealedRow } from './recordRowOpening'

export interface ParallelRecordOpener {
  /** Openings in row order, or null: "open them yourself". The key is copied, never kept. */
  open(
    recordsKey: Uint8Array,
    journalId: string,
    kind: string,
    rows: readonly SealedRow[],
  ): Promise<RowOpening[] | null>
  dispose(): void
}

/**
 * 10 s: long enough to serve every list made while the app loads after unlock, short enough that
 * an idle worker and its WebAssembly heap do not stay for the whole session.
 */
const IDLE_MS = 10_000

export function startRecordOpenWorker(idleMs = IDLE_MS): ParallelRecordOpener | null {
  if (typeof Worker === 'undefined') return null
  let worker: Worker | null
  try {
    worker = new Worker(new URL('./recordOpenWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
  const pending = new Map<number, (openings: RowOpening[] | null) => void>()
  let nextRequestId = 1
  let idleTimer: ReturnType<typeof setTimeout> | null = null

  function dispose(): void {
    if (idleTimer !== null) clearTimeout(idleTimer)
    worker?.terminate()
    worker = null
    for (const settle of pending.values()) settle(null)
    pending.clear()
  }

  function restartIdleTimer(): void {
    if (idleTimer !== null) clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      if (pending.size === 0) dispose()
      else restartIdleTimer()
    }, idleMs)
  }

  worker.onmessage = (event: MessageEvent<RecordOpenResponse>) => {
    const response = event.data
    const settle = pending.get(response.requestId)
    pending.delete(response.requestId)
    settle?.(response.ok ? [...response.openings] : null)
    restartIdleTimer()
  }
  worker.onerror = (event) => {
    event.preventDefault()
    dispose()
  }
  worker.onmessageerror = () => dispose()
  const warm: RecordOpenRequest = { type: 'warm' }
  worker.postMessage(warm)
  restartIdleTimer()

  return {
    open(recordsKey, journalId, kind, rows) {
      if (!worker) return Promise.resolve(null)
      const requestId = nextRequestId++
      const key = recordsKey.slice()
      const request: RecordOpenRequest = { type: 'open', requestId, recordsKey: key, journalId, kind, rows }
      const answered = new Promise<RowOpening[] | null>((resolve) => pending.set(requestId, resolve))
      try {
        // The rows are cloned, not transferred: if the worker fails, the page still has them.
        worker.postMessage(request, [key.buffer])
      } catch {
        key.fill(0)
        pending.get(requestId)?.(null)
        pending.delete(requestId)
      }
      restartIdleTimer()
      return answered
    },
    dispose,
  }
}
