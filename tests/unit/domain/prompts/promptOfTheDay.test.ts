import { describe, expect, it } from 'vitest'
import { promptLibrary } from '@renderer/domain/prompts/promptLibrary'
import { promptOfTheDay } from '@renderer/domain/prompts/promptOfTheDay'
import type { Prompt, ShownPrompt } from '@renderer/domain/prompts/types'

const allIds = new Set(promptLibrary.map((p) => p.id))

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)
}

/** Runs the rotation for `days` consecutive days and returns the ids shown, in order. */
function simulate(
  days: number,
  visibleIds: ReadonlySet<string> = allIds,
  prompts: readonly Prompt[] = promptLibrary,
  start: readonly ShownPrompt[] = [],
): { shown: string[]; history: readonly ShownPrompt[] } {
  let history = start
  const shown: string[] = []
  for (let i = 0; i < days; i += 1) {
    const result = promptOfTheDay({ prompts, visibleIds, history, today: day(i) })
    if (result.prompt) shown.push(result.prompt.id)
    history = result.history
  }
  return { shown, history }
}

describe('promptOfTheDay', () => {
  it('shows every visible prompt exactly once before any prompt repeats', () => {
    const { shown } = simulate(promptLibrary.length)
    expect(new Set(shown).size).toBe(promptLibrary.length)
  })

  it('starts a new full cycle once the library is exhausted, without repeating at the seam', () => {
    const n = promptLibrary.length
    const { shown } = simulate(n * 2)
    expect(new Set(shown.slice(n)).size).toBe(n)
    expect(shown[n]).not.toBe(shown[n - 1])
  })

  it('keeps the same prompt all day and leaves the history untouched', () => {
    const first = promptOfTheDay({
      prompts: promptLibrary,
      visibleIds: allIds,
      history: [],
      today: day(0),
    })
    const again = promptOfTheDay({
      prompts: promptLibrary,
      visibleIds: allIds,
      history: first.history,
      today: day(0),
    })
    expect(again.prompt).toEqual(first.prompt)
    expect(again.history).toBe(first.history)
  })

  it('never shows a hidden prompt', () => {
    const visible = new Set(promptLibrary.filter((p) => p.theme === 'patience').map((p) => p.id))
    const { shown } = simulate(40, visible)
    expect(shown.every((id) => visible.has(id))).toBe(true)
    expect(new Set(shown.slice(0, visible.size)).size).toBe(visible.size)
  })

  it('picks a new prompt when today’s prompt is hidden during the day', () => {
    const first = promptOfTheDay({
      prompts: promptLibrary,
      visibleIds: allIds,
      history: [],
      today: day(0),
    })
    const withoutIt = new Set([...allIds].filter((id) => id !== first.prompt?.id))
    const second = promptOfTheDay({
      prompts: promptLibrary,
      visibleIds: withoutIt,
      history: first.history,
      today: day(0),
    })
    expect(second.prompt?.id).not.toBe(first.prompt?.id)
    expect(second.history.filter((s) => s.date === day(0))).toHaveLength(1)
  })

  it('includes a prompt added mid-cycle before the cycle ends', () => {
    const half = simulate(45)
    const added: Prompt = { id: 'custom-1', theme: 'healing', text: 'New?', why: 'Because.' }
    const prompts = [...promptLibrary, added]
    const visible = new Set([...allIds, added.id])
    let history = half.history
    const rest: string[] = []
    for (let i = 45; i < promptLibrary.length + 1; i += 1) {
      const result = promptOfTheDay({ prompts, visibleIds: visible, history, today: day(i) })
      rest.push(result.prompt?.id ?? '')
      history = result.history
    }
    expect(rest).toContain('custom-1')
    expect(new Set([...half.shown, ...rest]).size).toBe(promptLibrary.length + 1)
  })

  it('keeps the stored history no longer than one cycle', () => {
    const { history } = simulate(promptLibrary.length * 2 + 5)
    expect(history.length).toBeLessThanOrEqual(promptLibrary.length)
  })

  it('has nothing to offer when every prompt is hidden', () => {
    const result = promptOfTheDay({
      prompts: promptLibrary,
      visibleIds: new Set(),
      history: [],
      today: day(0),
    })
    expect(result.prompt).toBeNull()
  })

  it('repeats the only visible prompt day after day', () => {
    const only = promptLibrary[0] as Prompt
    expect(simulate(3, new Set([only.id])).shown).toEqual([only.id, only.id, only.id])
  })
})
