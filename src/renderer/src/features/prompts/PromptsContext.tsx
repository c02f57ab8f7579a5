import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Result } from '@shared/result'
import { useSession } from '../../app/SessionContext'
import { today } from '../../app/today'
import { emptyPromptCustomisations } from '../../domain/prompts/customPrompts'
import { parsePromptCustomisations, parsePromptHistory } from '../../domain/prompts/promptCustomisationsPayload'
import { promptLibrary } from '../../domain/prompts/promptLibrary'
import { promptOfTheDay } from '../../domain/prompts/promptOfTheDay'
import type { Prompt, PromptCustomisations } from '../../domain/prompts/types'
import { findPrompt, visiblePrompts } from '../../domain/prompts/visiblePrompts'

interface PromptsState {
  readonly ready: boolean
  readonly customisations: PromptCustomisations
  readonly todaysPrompt: Prompt | null
  readonly find: (promptId: string) => Prompt | null
  readonly saveCustomisations: (next: PromptCustomisations) => Promise<Result<void>>
}

const PromptsContext = createContext<PromptsState | null>(null)

// Both live in encrypted 'prompt-custom' records: which prompts someone hides says a lot.
const customisationsId = 'customisations'
const historyId = 'history'

export function PromptsProvider({ children }: { readonly children: ReactNode }) {
  const { vault } = useSession()
  const [customisations, setCustomisations] = useState(emptyPromptCustomisations)
  const [todaysPrompt, setTodaysPrompt] = useState<Prompt | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let current = true
    void (async () => {
      const [storedCustomisations, storedHistory] = await Promise.all([
        vault.records.get<unknown>('prompt-custom', customisationsId),
        vault.records.get<unknown>('prompt-custom', historyId),
      ])
      if (!current) return
      const loaded =
        storedCustomisations?.status === 'ok'
          ? parsePromptCustomisations(storedCustomisations.payload)
          : emptyPromptCustomisations
      const history = storedHistory?.status === 'ok' ? parsePromptHistory(storedHistory.payload) : []
      const prompts = visiblePrompts(promptLibrary, loaded)
      const pick = promptOfTheDay({
        prompts,
        visibleIds: new Set(prompts.map((p) => p.id)),
        history,
        today: today(),
      })
      if (pick.history !== history) await vault.records.put('prompt-custom', historyId, pick.history)
      if (!current) return
      setCustomisations(loaded)
      setTodaysPrompt(pick.prompt)
      setReady(true)
    })()
    return () => {
      current = false
    }
  }, [vault])

  const saveCustomisations = useCallback(
    async (next: PromptCustomisations) => {
      const result = await vault.records.put('prompt-custom', customisationsId, next)
      if (result.ok) setCustomisations(next)
      return result
    },
    [vault],
  )

  const find = useCallback(
    (promptId: string) => findPrompt(promptLibrary, customisations, promptId),
    [customisations],
  )

  const value = useMemo(
    () => ({ ready, customisations, todaysPrompt, find, saveCustomisations }),
    [ready, customisations, todaysPrompt, find, saveCustomisations],
  )
  return <PromptsContext.Provider value={value}>{children}</PromptsContext.Provider>
}

export function usePrompts(): PromptsState {
  const state = useContext(PromptsContext)
  if (!state) throw new Error('usePrompts outside PromptsProvider')
  return state
}
