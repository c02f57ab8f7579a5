import { createApologyChecker } from '../../src/renderer/src/domain/apology/checker/createApologyChecker'
import { developmentCorpus } from '../../src/renderer/src/domain/apology/corpus/developmentCorpus'
import { heldOutSentences } from '../../src/renderer/src/domain/apology/corpus/heldOutSentences'
import { sampleLetter } from '../../src/renderer/src/domain/apology/corpus/sampleLetter'
import {
  evaluateChecker,
  type CategoryScore,
} from '../../src/renderer/src/domain/apology/evaluateChecker'
import { wordDiff } from '../../src/renderer/src/domain/apology/drafts/wordDiff'
import { scoreComponents } from '../../src/renderer/src/domain/apology/scoring/scoreComponents'
import { median, round } from '../benchTiming'
import type { BenchCase, BenchRow } from '../types'

function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0
}

function accuracyRows(label: string, scores: readonly CategoryScore[]): BenchRow[] {
  return scores.map((s) => ({
    name: `apology checker · ${s.category} (${label})`,
    value: `P ${s.precision.toFixed(2)} · R ${s.recall.toFixed(2)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`,
    unit: '',
    goal: 'P ≥ 0.90 · R ≥ 0.80',
  }))
}

/** Simulates typing a phrase into the middle of the letter, one character per check. */
function keystrokeLatencies(): number[] {
  const checker = createApologyChecker()
  checker.check(sampleLetter)
  const insertAt = sampleLetter.indexOf('From now on')
  const typed = 'I also want you to know that I am going to be honest about every bill. '
  const samples: number[] = []
  for (let i = 1; i <= typed.length; i++) {
    const text = sampleLetter.slice(0, insertAt) + typed.slice(0, i) + sampleLetter.slice(insertAt)
    const started = performance.now()
    checker.check(text)
    samples.push(performance.now() - started)
  }
  return samples
}

function coldLatencies(runs: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const checker = createApologyChecker()
    const started = performance.now()
    checker.check(sampleLetter)
    samples.push(performance.now() - started)
  }
  return samples
}

export const apologyCheckerBench: BenchCase = {
  name: 'Apology checker',
  async run() {
    const development = evaluateChecker(developmentCorpus, (t) => createApologyChecker().check(t))
    const heldOut = evaluateChecker(heldOutSentences, (t) => createApologyChecker().check(t))
    // Warm-up: compile compromise's patterns and let the JIT settle before timing.
    coldLatencies(5)
    keystrokeLatencies()
    const cold = coldLatencies(20)
    const keystrokes = [...keystrokeLatencies(), ...keystrokeLatencies()]
    // One score is a few microseconds, below the page's timer resolution: time 200 together.
    const checker = createApologyChecker()
    checker.check(sampleLetter)
    const scoring: number[] = []
    for (let round = 0; round < 10; round++) {
      const started = performance.now()
      for (let i = 0; i < 200; i++) scoreComponents(sampleLetter, checker)
      scoring.push((performance.now() - started) / 200)
    }
    // Comparing two versions of a long letter (the versions view), word by word.
    const longBefore = 'I broke your trust when I kept the account from you, and I own it. '.repeat(110)
    const longAfter = `${longBefore.replace(/account/g, (m, offset: number) => (offset % 7 === 0 ? 'savings' : m))}Thank you.`
    const diffs: number[] = []
    for (let run = 0; run < 7; run++) {
      const started = performance.now()
      wordDiff(longBefore, longAfter)
      diffs.push(performance.now() - started)
    }
    const words = sampleLetter.split(/\s+/).length
    return [
      ...accuracyRows(`development, ${developmentCorpus.length} items`, [
        ...development.categories,
        development.overall,
      ]),
      ...accuracyRows(`held out, ${heldOutSentences.length} items`, [
        ...heldOut.categories,
        heldOut.overall,
      ]),
      {
        name: `apology checker · ${words}-word letter, keystroke re-check (median)`,
        value: round(median(keystrokes), 2),
        unit: 'ms',
        goal: '< 5 ms',
      },
      {
        name: `apology checker · ${words}-word letter, keystroke re-check (p95)`,
        value: round(p95(keystrokes), 2),
        unit: 'ms',
        goal: '< 5 ms',
      },
      {
        name: `apology checker · ${words}-word letter, first check, empty cache (median)`,
        value: round(median(cold), 2),
        unit: 'ms',
      },
      {
        name: 'apology versions · compare two 1,500-word letters word by word (median of 7)',
        value: round(median(diffs), 1),
        unit: 'ms',
        goal: '< 50 ms',
      },
      {
        name: `apology score · ${words}-word letter, warm (median)`,
        value: round(median(scoring), 3),
        unit: 'ms',
        goal: '< 5 ms',
      },
    ]
  },
}

export default apologyCheckerBench
