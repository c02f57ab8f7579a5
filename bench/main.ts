/**
 * Runs every bench/cases/*.ts (each default-exports a BenchCase) one after another and leaves
 * the rows on window.__benchResults for scripts/bench.mjs. `?only=word` runs the cases whose
 * file name contains that word.
 */
import type { BenchCase, BenchRow } from './types'

export interface BenchOutcome {
  readonly file: string
  readonly name: string
  readonly rows: readonly BenchRow[]
  readonly error?: string
}

declare global {
  interface Window {
    __benchResults?: readonly BenchOutcome[]
  }
}

const cases = import.meta.glob<{ default: BenchCase }>('./cases/*.ts')
const only = new URLSearchParams(window.location.search).get('only')
const log = document.getElementById('log')

async function runAll(): Promise<void> {
  const outcomes: BenchOutcome[] = []
  for (const [file, load] of Object.entries(cases).sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !file.includes(only)) continue
    let name = file
    try {
      const bench = (await load()).default
      name = bench.name
      if (log) log.textContent += `running ${name}…\n`
      outcomes.push({ file, name, rows: await bench.run() })
    } catch (error) {
      outcomes.push({ file, name, rows: [], error: String(error) })
    }
  }
  window.__benchResults = outcomes
}

void runAll()
