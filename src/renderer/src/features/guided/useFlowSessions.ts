import { useCallback, useEffect, useState } from 'react'
import { ok, type Result } from '@shared/result'
import { useSession } from '../../app/SessionContext'
import { flowLibrary } from '../../domain/flows/flowLibrary'
import { parseFlowSession, type ResumableFlow } from '../../domain/flows/flowSessionPayload'

export interface PausedFlow extends ResumableFlow {
  readonly sessionId: string
}

/** Paused guided flows, each an encrypted 'flow-session' record. */
export function useFlowSessions() {
  const { vault } = useSession()
  const [paused, setPaused] = useState<readonly PausedFlow[] | null>(null)

  const reload = useCallback(async () => {
    const records = await vault.records.list<unknown>('flow-session')
    const readable: PausedFlow[] = []
    for (const record of records) {
      if (record.status !== 'ok') continue
      const parsed = parseFlowSession(record.payload, flowLibrary)
      if (parsed.ok && parsed.value.state.status !== 'finished') readable.push({ ...parsed.value, sessionId: record.id })
    }
    setPaused(readable)
  }, [vault])

  useEffect(() => {
    void reload()
  }, [reload])

  /** Deletes a paused flow and hands back a way to put it back, for Undo. */
  const discard = useCallback(
    async (sessionId: string): Promise<Result<() => Promise<void>>> => {
      const kept = await vault.records.get<unknown>('flow-session', sessionId)
      const result = await vault.records.delete('flow-session', sessionId)
      await reload()
      if (!result.ok) return result
      return ok(async () => {
        if (kept?.status === 'ok') await vault.records.put('flow-session', sessionId, kept.payload)
        await reload()
      })
    },
    [vault, reload],
  )

  return { paused, discard }
}
