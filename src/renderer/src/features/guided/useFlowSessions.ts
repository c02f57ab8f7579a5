import { useCallback, useEffect, useState } from 'react'
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

  const discard = useCallback(
    async (sessionId: string) => {
      const result = await vault.records.delete('flow-session', sessionId)
      await reload()
      return result
    },
    [vault, reload],
  )

  return { paused, discard }
}
