import { useCallback, useEffect, useState } from 'react'

export type Appearance = 'system' | 'light' | 'dark'

/*
 * The appearance choice is kept in localStorage, outside the vault, because the lock screen must
 * be drawn in the right colours before anything is decrypted. It says nothing about the journal.
 */
const storageKey = 'mend.appearance'

function readAppearance(): Appearance {
  const stored = window.localStorage.getItem(storageKey)
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

function apply(appearance: Appearance): void {
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches
  const dark = appearance === 'dark' || (appearance === 'system' && prefersDark)
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
}

export function useAppearance(): readonly [Appearance, (next: Appearance) => void] {
  const [appearance, setAppearance] = useState<Appearance>(readAppearance)
  useEffect(() => apply(appearance), [appearance])
  const choose = useCallback((next: Appearance) => {
    if (next === 'system') window.localStorage.removeItem(storageKey)
    else window.localStorage.setItem(storageKey, next)
    setAppearance(next)
  }, [])
  return [appearance, choose]
}

/**
 * Applied before React renders, so the first frame is already in the right colours, and again
 * whenever the computer switches between light and dark, on every screen including the lock.
 */
export function applyStoredAppearance(): void {
  apply(readAppearance())
  window
    .matchMedia('(prefers-color-scheme: dark)')
    .addEventListener('change', () => apply(readAppearance()))
}
