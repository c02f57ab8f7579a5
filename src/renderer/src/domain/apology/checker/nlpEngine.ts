import nlp from 'compromise'
import type { AnalysedSentence, CompiledPattern, Token, TokenSpan } from './analysedSentence'
import { mayMatch, requiredWords, type MatchStep } from './patternWords'

/*
 * The only file that imports compromise. Sentences are parsed one at a time so that results can
 * be cached per sentence: while someone types, only the sentence under the cursor changes.
 */

type View = ReturnType<typeof nlp>
type CompromiseTerm = View['docs'][number][number] & {
  readonly implicit?: string
  root?: string
}
type ParsedMatch = ReturnType<typeof nlp.parseMatch>

interface CompiledMatch {
  readonly match: ParsedMatch
  readonly required: readonly ReadonlySet<string>[]
}

const compiled = new Map<string, CompiledMatch>()
const pauseAfter = /[,;:()\u2013\u2014]|\s-\s/

/** Declares a pattern in compromise's match syntax; it is parsed on first use. */
export function pattern(source: string): CompiledPattern {
  return { source }
}

function parsed(p: CompiledPattern): CompiledMatch {
  let found = compiled.get(p.source)
  if (!found) {
    const match = nlp.parseMatch(p.source)
    found = { match, required: requiredWords(match as readonly MatchStep[]) }
    compiled.set(p.source, found)
  }
  return found
}

export function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '')
}

/** Character ranges of the sentences in a run of text, as compromise splits them. */
export function splitSentences(text: string): readonly { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  let cursor = 0
  for (const sentence of nlp.tokenize(text).json({ text: true }) as { text: string }[]) {
    const trimmed = sentence.text.trim()
    if (!trimmed) continue
    const start = text.indexOf(trimmed, cursor)
    if (start < 0) continue
    ranges.push({ start, end: start + trimmed.length })
    cursor = start + trimmed.length
  }
  return ranges
}

export function analyseSentence(text: string): AnalysedSentence {
  const doc = nlp(text)
  // Lemmas let a rule name a verb once ("move on") and still catch "moved", "moving", "moves".
  doc.compute('root')
  const tokens: Token[] = []
  const flatIndex = new Map<string, number>()
  let cursor = 0
  for (const [n, terms] of doc.docs.entries()) {
    for (const [i, term] of (terms as CompromiseTerm[]).entries()) {
      const written = term.text
      let start = cursor
      if (written) {
        const found = text.indexOf(written, cursor)
        start = found >= 0 ? found : cursor
      }
      const end = start + written.length
      cursor = end
      flatIndex.set(`${n}:${i}`, tokens.length)
      const normal = normalise(term.implicit ?? term.normal ?? written)
      tokens.push({
        text: written,
        normal,
        root: term.root ? normalise(term.root) : normal,
        start,
        end,
        tags: term.tags ?? new Set<string>(),
        pauseAfter: pauseAfter.test(term.post),
      })
      // Once a term has a root, compromise matches alternatives like "(things|it)" against the
      // root ("thing") instead of the word; the rules' patterns are written for the words.
      delete term.root
    }
  }
  // Both the expanded and the written form, as compromise matches words against either.
  const words = new Set([...tokens.map((t) => t.normal), ...tokens.map((t) => normalise(t.text))])
  return {
    text,
    tokens,
    hasWord: (normal) => words.has(normal),
    find(p) {
      const spans: TokenSpan[] = []
      const { match, required } = parsed(p)
      if (!mayMatch(required, (w) => words.has(w))) return spans
      for (const pointer of doc.match(match).fullPointer) {
        const [n = 0, from = 0, to = from + 1] = pointer
        const first = flatIndex.get(`${n}:${from}`)
        const last = flatIndex.get(`${n}:${to - 1}`)
        if (first !== undefined && last !== undefined) spans.push({ first, last })
      }
      return spans
    },
  }
}
