/** A run of the compared text: unchanged, only in the later text, or only in the earlier one. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed'
  readonly text: string
}

/** Words, runs of spaces and single punctuation marks: "sorry." and "sorry," differ only by one. */
const tokenPattern = /\s+|[\p{L}\p{N}\p{M}'’_-]+|[^\s\p{L}\p{N}\p{M}'’_-]/gu

function tokenise(text: string): string[] {
  return text.match(tokenPattern) ?? []
}

type Op = 'same' | 'added' | 'removed'

/**
 * Myers' O((N+M)·D) shortest edit script (Myers 1986, "An O(ND) difference algorithm"): fast
 * when two versions of a letter differ in a few places, which is the usual case. Each round
 * stores only the diagonals it reached, so memory grows with D², not (N+M)·D.
 */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = -1
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break
      }
    }
  }
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = found; d >= 0; d--) {
    const saved = trace[d] as Int32Array
    const at = (k: number): number => saved[k + d + 1] ?? 0
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push('same')
      x--
      y--
    }
    if (d > 0) {
      ops.push(x === prevX ? 'added' : 'removed')
      x = prevX
      y = prevY
    }
  }
  return ops.reverse()
}

/**
 * A word-level comparison of two texts, in reading order. Unchanged runs at the start and end
 * are set aside first, so editing one sentence of a long letter compares only that sentence.
 */
export function wordDiff(before: string, after: string): readonly DiffPart[] {
  const a = tokenise(before)
  const b = tokenise(after)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++
  }
  const middleA = a.slice(prefix, a.length - suffix)
  const middleB = b.slice(prefix, b.length - suffix)
  const parts: { kind: Op; text: string }[] = []
  const push = (kind: Op, text: string): void => {
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  if (prefix > 0) push('same', a.slice(0, prefix).join(''))
  let i = 0
  let j = 0
  for (const op of editScript(middleA, middleB)) {
    if (op === 'same') {
      push('same', middleA[i++] ?? '')
      j++
    } else if (op === 'removed') push('removed', middleA[i++] ?? '')
    else push('added', middleB[j++] ?? '')
  }
  if (suffix > 0) push('same', a.slice(a.length - suffix).join(''))
  return parts
}

const wordPattern = /[\p{L}\p{N}]+/gu

export interface DiffSummary {
  readonly wordsAdded: number
  readonly wordsRemoved: number
}

/** How many words were added and removed: for the comparison's plain-text summary. */
export function diffSummary(parts: readonly DiffPart[]): DiffSummary {
  let wordsAdded = 0
  let wordsRemoved = 0
  for (const part of parts) {
    const words = part.text.match(wordPattern)?.length ?? 0
    if (part.kind === 'added') wordsAdded += words
    if (part.kind === 'removed') wordsRemoved += words
  }
  return { wordsAdded, wordsRemoved }
}
