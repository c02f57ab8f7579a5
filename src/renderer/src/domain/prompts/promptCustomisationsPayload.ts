import { z } from 'zod'
import { isThemeId } from '../journal/themes'
import { emptyPromptCustomisations } from './customPrompts'
import type { CustomPrompt, PromptCustomisations, ShownPrompt } from './types'

const customPrompt = z.object({
  id: z.string(),
  theme: z.string().refine(isThemeId),
  text: z.string(),
  why: z.string().catch(''),
  createdAt: z.string().catch('1970-01-01T00:00:00.000Z'),
  updatedAt: z.string().catch('1970-01-01T00:00:00.000Z'),
})

const override = z.object({ text: z.string(), why: z.string().catch('') })

/**
 * A decrypted 'prompt-custom' record, checked. Anything unreadable falls back to "no changes"
 * item by item: one odd prompt never costs the person the others.
 */
export function parsePromptCustomisations(payload: unknown): PromptCustomisations {
  const record = z.record(z.string(), z.unknown()).safeParse(payload)
  if (!record.success) return emptyPromptCustomisations
  const added = arrayOf(record.data.added).flatMap((item) => {
    const parsed = customPrompt.safeParse(item)
    return parsed.success ? [parsed.data as CustomPrompt] : []
  })
  const overrides = Object.fromEntries(
    Object.entries(objectOf(record.data.overrides)).flatMap(([id, value]) => {
      const parsed = override.safeParse(value)
      return parsed.success ? [[id, parsed.data]] : []
    }),
  )
  const hidden = arrayOf(record.data.hidden).filter((id) => typeof id === 'string')
  return { version: 1, added, overrides, hidden }
}

const shownPrompt = z.object({
  promptId: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  cycle: z.number().int().nonnegative(),
})

/** A stored prompt-of-the-day history, checked; unreadable items are dropped. */
export function parsePromptHistory(payload: unknown): readonly ShownPrompt[] {
  return arrayOf(payload).flatMap((item) => {
    const parsed = shownPrompt.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

function objectOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
